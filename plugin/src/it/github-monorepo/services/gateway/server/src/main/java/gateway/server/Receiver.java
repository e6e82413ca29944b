package gateway.server;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.channels.DatagramChannel;

public class Receiver {
  public void start(NetworkInterface nif) throws Exception {
    DatagramChannel channel = DatagramChannel.open();
    channel.join(InetAddress.getByName("239.1.2.4"), nif);
  }
}
