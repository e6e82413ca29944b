package fixtures.datagramchannelnofamilymulticast;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.MembershipKey;

/** Family-less channels that never reach a join, and joins on channels opened with a family. */
final class NegativeFlowPaths {
  private DatagramChannel queries;

  /** Stored in a field, but only used for unicast queries. */
  void start() throws IOException {
    queries = DatagramChannel.open().bind(new InetSocketAddress(0));
  }

  void query(ByteBuffer packet) throws IOException {
    queries.send(packet, new InetSocketAddress("192.0.2.53", 53));
  }

  /** Two channels in one method: only the one with a family joins. */
  MembershipKey twoChannels(NetworkInterface nif) throws IOException {
    DatagramChannel unicast = DatagramChannel.open();
    unicast.connect(new InetSocketAddress("192.0.2.10", 514));
    DatagramChannel multicast = DatagramChannel.open(StandardProtocolFamily.INET).bind(new InetSocketAddress(5353));
    return multicast.join(InetAddress.getByName("224.0.0.251"), nif);
  }

  /** A join-named method of another type on the family-less channel's result is not a multicast join. */
  String joinedNames(DatagramChannel channel) throws IOException {
    DatagramChannel own = DatagramChannel.open();
    own.close();
    return String.join(",", "a", "b");
  }
}
