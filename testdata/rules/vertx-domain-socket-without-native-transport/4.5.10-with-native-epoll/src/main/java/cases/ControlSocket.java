package cases;

import io.vertx.core.Vertx;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.SocketAddress;

/** A control server on a Unix domain socket. */
public class ControlSocket {
  public static NetServer start(Vertx vertx, String path) {
    NetServer server = vertx.createNetServer().connectHandler(socket -> socket.end());
    server.listen(SocketAddress.domainSocketAddress(path));
    return server;
  }
}
