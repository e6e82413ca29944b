package fixtures.datagramchannelnofamilymulticast;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.nio.channels.MembershipKey;

/** Family-less channels that reach a join through fluent calls, fields, getters, factories and helpers. */
final class PositiveFlowPaths {

  /** bind and setOption return the channel itself. */
  MembershipKey fluent(NetworkInterface nif) throws IOException {
    DatagramChannel channel = DatagramChannel.open() // expect: datagram-channel-no-family-multicast
        .bind(new InetSocketAddress(5353))
        .setOption(StandardSocketOptions.SO_REUSEADDR, true);
    return channel.join(InetAddress.getByName("224.0.0.251"), nif);
  }

  /** configureBlocking returns the same channel, typed SelectableChannel. */
  MembershipKey nonBlocking(NetworkInterface nif) throws IOException {
    DatagramChannel channel = (DatagramChannel) DatagramChannel.open().configureBlocking(false); // expect: datagram-channel-no-family-multicast
    return channel.join(InetAddress.getByName("239.255.255.250"), nif);
  }

  /** A channel from a factory, joined by a helper: Announcer ties them together. */
  static DatagramChannel defaultChannel() throws IOException {
    return DatagramChannel.open(); // expect: datagram-channel-no-family-multicast
  }
}
