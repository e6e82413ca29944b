package fixtures.inheritedchannelasdatagram;

import java.io.IOException;
import java.nio.channels.Channel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/** inetd-style TCP services: the inherited channel is only ever used as a stream channel. */
final class NegativeInheritedStream {

  SocketChannel acceptOne() throws IOException {
    Channel inherited = System.inheritedChannel();
    if (inherited instanceof ServerSocketChannel server) {
      return server.accept();
    }
    throw new IllegalStateException("stdin is not a listening socket");
  }

  SocketChannel connection() throws IOException {
    Channel inherited = System.inheritedChannel();
    if (!(inherited instanceof SocketChannel)) {
      throw new IllegalStateException("stdin is not a connected socket");
    }
    return (SocketChannel) inherited;
  }
}
