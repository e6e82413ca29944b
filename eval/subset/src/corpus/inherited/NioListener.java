package corpus.inherited;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.Channel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * Re-creates corpus sites tomcat-inherited-accepted-socket and tomcat-inherited-not-datagram: the
 * inherited listener goes into a field; every accepted connection is configured through its socket()
 * adaptor, which an AF_UNIX channel does not have. Written for sockcheck; no third-party code.
 */
final class NioListener {

  private ServerSocketChannel listener;
  private String unixPath;

  void bind(boolean inherit, int port) throws IOException {
    if (inherit) {
      Channel ic = System.inheritedChannel(); // site: subset-inherited-field-accept, subset-inherited-field-not-datagram
      if (ic instanceof ServerSocketChannel) {
        listener = (ServerSocketChannel) ic;
      }
      if (listener == null) {
        throw new IllegalArgumentException("no inherited listener");
      }
    } else {
      listener = ServerSocketChannel.open();
      listener.bind(new InetSocketAddress(port));
    }
  }

  SocketChannel acceptOne() throws IOException {
    SocketChannel connection = listener.accept();
    configure(connection);
    return connection;
  }

  private void configure(SocketChannel connection) throws IOException {
    connection.configureBlocking(false);
    if (unixPath == null) {
      connection.socket().setTcpNoDelay(true);
    }
  }
}
