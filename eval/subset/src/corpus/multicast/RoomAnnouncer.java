package corpus.multicast;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * Re-creates corpus sites musicapp-multicast-sender-no-join and jeromq-beacon-receiver-field: a channel
 * kept in a field that sends to a group without joining it. Written for sockcheck; no third-party code.
 */
final class RoomAnnouncer {

  private DatagramChannel channel;

  void open() throws IOException {
    channel = DatagramChannel.open(); // site: subset-field-send-only
  }

  void announce(InetSocketAddress group, ByteBuffer info) throws IOException {
    channel.send(info, group);
  }
}
