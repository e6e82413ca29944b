package demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.channels.DatagramChannel;

public class Receiver {
  public DatagramChannel mdns(NetworkInterface nif) throws IOException {
    DatagramChannel ch = DatagramChannel.open();
    ch.join(InetAddress.getByName("224.0.0.251"), nif);
    return ch;
  }
}
