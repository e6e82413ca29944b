package corpus.multicast;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.nio.channels.Channel;
import java.nio.channels.DatagramChannel;

/**
 * Re-creates corpus site jruby-socket-dgram-membership-elsewhere: the datagram channel is checked, but the
 * membership is taken on a separate MulticastSocket. Written for sockcheck; no third-party code.
 */
final class ScriptSocket {

  private final Channel channel;
  private MulticastSocket membership;

  ScriptSocket() throws IOException {
    channel = DatagramChannel.open(); // site: subset-join-on-other-object
  }

  void addMembership(InetAddress group, int port) throws IOException {
    if (channel instanceof DatagramChannel) {
      if (membership == null) {
        membership = new MulticastSocket(port);
      }
      membership.joinGroup(new InetSocketAddress(group, 0), null);
    }
  }
}
