package fixtures.inheritedserverchannelsocketadaptor;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.Channel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/** The inherited listener is used through the channel API only, which works for AF_UNIX too. */
final class NegativeChannelApi {

  SocketChannel acceptOne() throws IOException {
    Channel inherited = System.inheritedChannel();
    if (inherited instanceof ServerSocketChannel server) {
      server.setOption(StandardSocketOptions.SO_RCVBUF, 1 << 20);
      return server.accept();
    }
    throw new IllegalStateException("stdin is not a listening socket");
  }

  SocketAddress describe() throws IOException {
    Channel inherited = System.inheritedChannel();
    if (inherited instanceof ServerSocketChannel server) {
      SocketAddress local = server.getLocalAddress();
      if (!(local instanceof InetSocketAddress)) {
        throw new IllegalStateException("expected a TCP listener, got " + local);
      }
      return local;
    }
    return null;
  }

  /** A listener this process opened itself is always an Internet protocol socket. */
  int ownListenerPort() throws IOException {
    ServerSocketChannel server = ServerSocketChannel.open();
    server.bind(new InetSocketAddress(0));
    return server.socket().getLocalPort();
  }
}
