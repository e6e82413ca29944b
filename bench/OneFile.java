import java.net.*;
import java.nio.channels.DatagramChannel;
class OneFile {
  void run() throws Exception {
    DatagramChannel ch = DatagramChannel.open();
    ch.join(InetAddress.getByName("239.1.2.3"), NetworkInterface.getByName("eth0"));
  }
}
