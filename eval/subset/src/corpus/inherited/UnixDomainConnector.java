package corpus.inherited;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.Channel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * Re-creates corpus site jetty-unixdomain-inherited-channel-api: an inherited listener whose accepted
 * channels are configured through setOption only. Written for sockcheck; no third-party code.
 */
final class UnixDomainConnector {

  private ServerSocketChannel server;
  private int receiveBuffer = 65536;

  void start() throws IOException {
    server = open();
  }

  private ServerSocketChannel open() throws IOException {
    Channel channel = System.inheritedChannel(); // site: subset-inherited-channel-api
    if (channel instanceof ServerSocketChannel inherited) {
      return inherited;
    }
    throw new IOException("no inherited listener: " + channel);
  }

  void acceptOne() throws IOException {
    SocketChannel connection = server.accept();
    connection.setOption(StandardSocketOptions.SO_RCVBUF, receiveBuffer);
  }
}
