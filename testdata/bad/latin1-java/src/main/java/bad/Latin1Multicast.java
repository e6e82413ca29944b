package bad;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.channels.DatagramChannel;

/** Grüße aus Köln: saved as ISO-8859-1, not UTF-8 */
public class Latin1Multicast {
  DatagramChannel subscribe(NetworkInterface nif) throws IOException {
    DatagramChannel channel = DatagramChannel.open(); // expect: datagram-channel-no-family-multicast
    channel.join(InetAddress.getByName("239.1.2.3"), nif); // naïve
    return channel;
  }
}
