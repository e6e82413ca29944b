package corpus.multicast;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * Re-creates corpus site dnsjava-unicast-query: one query, one family-less channel, never joined.
 * Written for sockcheck; no third-party code.
 */
final class DnsQuery {

  ByteBuffer ask(InetSocketAddress server, ByteBuffer query) throws IOException {
    try (DatagramChannel channel = DatagramChannel.open()) { // site: subset-unicast-query
      channel.connect(server);
      channel.write(query);
      ByteBuffer answer = ByteBuffer.allocate(512);
      channel.read(answer);
      return answer.flip();
    }
  }
}
