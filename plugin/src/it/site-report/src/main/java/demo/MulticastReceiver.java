package demo;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.channels.DatagramChannel;

/** Joins an IPv4 multicast group on a channel opened without a protocol family. */
public class MulticastReceiver {
  public void start(NetworkInterface nif) throws Exception {
    DatagramChannel channel = DatagramChannel.open();
    channel.join(InetAddress.getByName("239.1.2.3"), nif);
  }
}
