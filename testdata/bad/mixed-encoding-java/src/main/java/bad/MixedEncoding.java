package bad;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.channels.DatagramChannel;

/** cafÃ© in UTF-8 here */
public class MixedEncoding {
  DatagramChannel subscribe(NetworkInterface nif) throws IOException {
    DatagramChannel channel = DatagramChannel.open(); // expect: datagram-channel-no-family-multicast
    channel.join(InetAddress.getByName("239.1.2.3"), nif); // café in ISO-8859-1 here
    return channel;
  }
}
