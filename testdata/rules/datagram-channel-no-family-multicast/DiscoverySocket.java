package fixtures.datagramchannelnofamilymulticast;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;

/** Opens its channel in the constructor and hands it out through a getter; SsdpListener joins it. */
final class DiscoverySocket {
  private final DatagramChannel channel;

  DiscoverySocket() throws IOException {
    channel = DatagramChannel.open(); // expect: datagram-channel-no-family-multicast
    channel.bind(new InetSocketAddress(1900));
  }

  DatagramChannel channel() {
    return channel;
  }
}
