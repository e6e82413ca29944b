package corpus.multicast;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * Re-creates corpus site musicapp-field-join-elsewhere: the constructor opens the channel into a field,
 * another method joins it. Written for sockcheck; no third-party code.
 */
final class RoomReceiver {

  private final DatagramChannel channel;
  private final NetworkInterface nic;

  RoomReceiver(NetworkInterface nic) throws IOException {
    this.nic = nic;
    channel = DatagramChannel.open(); // site: subset-field-join
    channel.setOption(StandardSocketOptions.IP_MULTICAST_IF, nic);
  }

  void start(SocketAddress bind, InetAddress group) throws IOException {
    channel.bind(bind);
    channel.join(group, nic);
  }

  SocketAddress receive(ByteBuffer into) throws IOException {
    return channel.receive(into);
  }
}
