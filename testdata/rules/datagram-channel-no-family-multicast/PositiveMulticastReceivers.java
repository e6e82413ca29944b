package fixtures.datagramchannelnofamilymulticast;

import io.netty.channel.socket.nio.NioDatagramChannel;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.MembershipKey;
import java.nio.channels.MulticastChannel;
import java.nio.channels.spi.SelectorProvider;

/** mDNS / SSDP style receivers that open their channel without saying which family they need. */
final class PositiveMulticastReceivers {
  private static final String MDNS_GROUP = "224.0.0.251";

  private DatagramChannel discovery;

  void start() throws IOException {
    discovery = DatagramChannel.open(); // expect: datagram-channel-no-family-multicast
    discovery.setOption(StandardSocketOptions.SO_REUSEADDR, true);
    discovery.bind(new InetSocketAddress(5353));
  }

  void subscribe(NetworkInterface nif) throws IOException {
    discovery.join(InetAddress.getByName(MDNS_GROUP), nif);
  }

  MembershipKey ssdp(NetworkInterface nif) throws IOException {
    DatagramChannel channel = DatagramChannel.open(); // expect: datagram-channel-no-family-multicast
    channel.bind(new InetSocketAddress(1900));
    return channel.join(InetAddress.getByName("239.255.255.250"), nif);
  }

  MembershipKey viaProvider(NetworkInterface nif) throws IOException {
    DatagramChannel channel = SelectorProvider.provider().openDatagramChannel(); // expect: datagram-channel-no-family-multicast
    channel.bind(new InetSocketAddress(9875));
    ByteBuffer buffer = ByteBuffer.allocate(1500);
    MembershipKey key = channel.join(InetAddress.getByName("224.2.127.254"), nif);
    channel.receive(buffer);
    return key;
  }

  MembershipKey asMulticastChannel(NetworkInterface nif) throws IOException {
    MulticastChannel channel = DatagramChannel.open(); // expect: datagram-channel-no-family-multicast
    return channel.join(InetAddress.getByName("239.1.2.3"), nif);
  }

  void nettyReceiver(NetworkInterface nif) {
    NioDatagramChannel channel = new NioDatagramChannel(); // expect: datagram-channel-no-family-multicast
    channel.joinGroup(new InetSocketAddress(MDNS_GROUP, 5353), nif);
  }
}
