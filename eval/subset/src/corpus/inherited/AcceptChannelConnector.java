package corpus.inherited;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.Channel;
import java.nio.channels.ServerSocketChannel;

/**
 * Re-creates corpus site jetty-inherited-open-socket: a helper returns the inherited channel, open()
 * hands it to open(ServerSocketChannel), which keeps it in a field and asks its socket() adaptor for the
 * port. Written for sockcheck; no third-party code.
 */
public class AcceptChannelConnector {

  private ServerSocketChannel acceptChannel;
  private int localPort;
  private final boolean inheritChannel;

  public AcceptChannelConnector(boolean inheritChannel) {
    this.inheritChannel = inheritChannel;
  }

  public void open() throws IOException {
    if (acceptChannel == null) {
      open(openAcceptChannel());
    }
  }

  public void open(ServerSocketChannel channel) throws IOException {
    acceptChannel = channel;
    localPort = acceptChannel.socket().getLocalPort();
  }

  protected ServerSocketChannel openAcceptChannel() throws IOException {
    ServerSocketChannel server = null;
    if (inheritChannel) {
      Channel channel = System.inheritedChannel(); // site: subset-inherited-return-field
      if (channel instanceof ServerSocketChannel) {
        server = (ServerSocketChannel) channel;
      }
    }
    if (server == null) {
      server = ServerSocketChannel.open().bind(new InetSocketAddress(8080));
    }
    return server;
  }

  public int localPort() {
    return localPort;
  }
}
