package corpus.multicast;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.nio.channels.MembershipKey;

/**
 * Re-creates corpus site musicapp-fluent-open-bind-join: bind and setOption return the channel, which is
 * then joined. Written for sockcheck; no third-party code.
 */
final class FluentReceiver {

  MembershipKey listen(NetworkInterface nic) throws IOException {
    InetAddress group = InetAddress.getByName("239.1.2.3");
    DatagramChannel channel = DatagramChannel.open().bind(new InetSocketAddress(4446)).setOption(StandardSocketOptions.IP_MULTICAST_IF, nic); // site: subset-fluent-join
    return channel.join(group, nic);
  }
}
