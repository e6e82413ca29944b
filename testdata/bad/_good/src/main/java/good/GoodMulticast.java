package good;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.channels.DatagramChannel;

/** The good file every bad-input case sits beside: one known finding that must survive the bad file. */
public class GoodMulticast {
  DatagramChannel subscribe(NetworkInterface nif) throws IOException {
    DatagramChannel channel = DatagramChannel.open(); // expect: datagram-channel-no-family-multicast
    channel.join(InetAddress.getByName("224.0.0.251"), nif);
    return channel;
  }
}
