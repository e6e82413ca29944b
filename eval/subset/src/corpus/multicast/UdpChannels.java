package corpus.multicast;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.DatagramChannel;

/** See {@link UdpOpener}. Written for sockcheck; no third-party code. */
final class UdpChannels {

  private UdpChannels() {}

  static DatagramChannel open(SocketAddress bind, UdpOpener.Configure configure) throws IOException {
    DatagramChannel channel = DatagramChannel.open(); // site: subset-callback-join
    channel.configureBlocking(false);
    if (configure != null) {
      configure.accept(channel);
    }
    return channel.bind(bind);
  }
}
