package fixtures.datagramchannelnofamilymulticast;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.channels.DatagramChannel;
import java.nio.channels.MembershipKey;

/** Joins a group on whatever channel it is given. */
final class GroupHelper {
  private GroupHelper() {}

  static MembershipKey subscribe(DatagramChannel channel, NetworkInterface nif) throws IOException {
    return channel.join(InetAddress.getByName("239.1.2.3"), nif);
  }
}
