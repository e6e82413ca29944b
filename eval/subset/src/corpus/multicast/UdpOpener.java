package corpus.multicast;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;

/**
 * Re-creates corpus site flashlib-callback-join (with {@link UdpChannels}): the opener passes a
 * configuration callback; the multicast one joins the channel. Written for sockcheck; no third-party code.
 */
public final class UdpOpener {

  /** Configures a freshly opened channel before it is bound. */
  public interface Configure {
    void accept(DatagramChannel channel) throws IOException;
  }

  private final SocketAddress bind;
  private final Configure configure;

  UdpOpener(SocketAddress bind, Configure configure) {
    this.bind = bind;
    this.configure = configure;
  }

  static UdpOpener multicast(SocketAddress bind, InetAddress group, NetworkInterface nic) {
    return new UdpOpener(bind, channel -> {
      channel.setOption(StandardSocketOptions.IP_MULTICAST_IF, nic);
      channel.join(group, nic);
    });
  }

  static UdpOpener unicast(SocketAddress bind) {
    return new UdpOpener(bind, null);
  }

  DatagramChannel open() throws IOException {
    return UdpChannels.open(bind, configure);
  }
}
