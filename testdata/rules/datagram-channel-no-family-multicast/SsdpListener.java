package fixtures.datagramchannelnofamilymulticast;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;

/** Joins the SSDP group on the channel another class opened. */
final class SsdpListener {
  void listen(DiscoverySocket socket, NetworkInterface nif) throws IOException {
    socket.channel().join(InetAddress.getByName("239.255.255.250"), nif);
  }
}
