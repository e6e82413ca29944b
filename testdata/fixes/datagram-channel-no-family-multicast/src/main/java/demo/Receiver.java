package demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.channels.DatagramChannel;
import java.nio.channels.spi.SelectorProvider;

/** mDNS and a site-local group, both IPv4: the channels must be opened as INET. */
class Receiver {

  DatagramChannel mdns(NetworkInterface nif) throws IOException {
    DatagramChannel ch = DatagramChannel.open();
    ch.join(InetAddress.getByName("224.0.0.251"), nif);
    return ch;
  }

  DatagramChannel siteLocal(NetworkInterface nif) throws IOException {
    InetAddress group = InetAddress.getByName("239.255.0.1");
    DatagramChannel ch = SelectorProvider.provider().openDatagramChannel();
    ch.join(group, nif);
    return ch;
  }
}
