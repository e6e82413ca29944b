package gateway.api;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.channels.DatagramChannel;

public class Receiver {
  public void start(NetworkInterface nif) throws Exception {
    DatagramChannel channel = DatagramChannel.open(); // café 😀: non-ASCII and a surrogate pair for the line hash
    channel.join(InetAddress.getByName("239.1.2.3"), nif);
  }
}
