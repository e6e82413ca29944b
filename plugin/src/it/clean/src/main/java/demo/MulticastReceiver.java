package demo;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;

/** Joins an IPv4 multicast group on a channel opened for IPv4: nothing to report. */
public class MulticastReceiver {
  public void start(NetworkInterface nif) throws Exception {
    DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
    channel.join(InetAddress.getByName("239.1.2.3"), nif);
  }
}
