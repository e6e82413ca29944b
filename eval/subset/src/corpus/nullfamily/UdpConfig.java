package corpus.nullfamily;

import io.netty.channel.ChannelFactory;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioDatagramChannel;

/**
 * Re-creates corpus sites reactor-server-null-family-field (the family is a field that stays null unless
 * configured) and vertx-explicit-ipv4. Written for sockcheck; no third-party code.
 */
public final class UdpConfig {

  private SocketProtocolFamily family;

  /** Runs on the default loop: the family is reset, as when no family was chosen. */
  public UdpConfig runOnDefaultLoop() {
    family = null;
    return this;
  }

  public UdpConfig runOn(SocketProtocolFamily chosen) {
    family = chosen;
    return this;
  }

  public SocketProtocolFamily family() {
    return family;
  }

  ChannelFactory<DatagramChannel> channelFactory() {
    return () -> new NioDatagramChannel(family()); // site: subset-null-family-field
  }

  ChannelFactory<DatagramChannel> ipv4Factory() {
    return () -> new NioDatagramChannel(SocketProtocolFamily.INET); // site: subset-explicit-family
  }
}
