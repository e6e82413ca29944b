package corpus.multicast;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.nio.channels.MembershipKey;

/**
 * Re-creates corpus site jgroups-fluent-explicit-family: the family is given, then the fluent chain and
 * the join. Written for sockcheck; no third-party code.
 */
final class ExplicitFamilyFluent {

  MembershipKey listen(InetAddress group, NetworkInterface nic) throws IOException {
    DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET).setOption(StandardSocketOptions.SO_REUSEADDR, true).bind(new InetSocketAddress(7500)); // site: subset-explicit-family-fluent
    return channel.join(group, nic);
  }
}
