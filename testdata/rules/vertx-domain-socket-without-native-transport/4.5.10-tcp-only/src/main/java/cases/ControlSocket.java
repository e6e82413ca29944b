package cases;

import io.vertx.core.Vertx;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.SocketAddress;

/** The same server on TCP: no domain socket. */
public class ControlSocket {
  public static NetServer start(Vertx vertx, int port) {
    NetServer server = vertx.createNetServer().connectHandler(socket -> socket.end());
    server.listen(SocketAddress.inetSocketAddress(port, "127.0.0.1"));
    return server;
  }
}
