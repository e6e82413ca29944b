package fixtures.inheritedserverchannelsocketadaptor;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.Channel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.SelectorProvider;

/** Servers that inherit their listener through stdin and then reach for the java.net adaptor. */
final class PositiveSocketAdaptor {

  ServerSocket listener() throws IOException {
    Channel inherited = System.inheritedChannel(); // expect: inherited-server-channel-socket-adaptor
    if (inherited instanceof ServerSocketChannel server) {
      ServerSocket socket = server.socket();
      socket.setReceiveBufferSize(1 << 20);
      return socket;
    }
    throw new IllegalStateException("stdin is not a listening socket");
  }

  int port() throws IOException {
    return ((ServerSocketChannel) System.inheritedChannel()).socket().getLocalPort(); // expect: inherited-server-channel-socket-adaptor
  }

  InetAddress peer() throws IOException {
    Channel inherited = SelectorProvider.provider().inheritedChannel(); // expect: inherited-server-channel-socket-adaptor
    SocketChannel connection = (SocketChannel) inherited;
    return connection.socket().getInetAddress();
  }
}
