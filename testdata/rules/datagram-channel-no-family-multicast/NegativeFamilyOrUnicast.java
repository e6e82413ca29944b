package fixtures.datagramchannelnofamilymulticast;

import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.MembershipKey;
import java.nio.channels.spi.SelectorProvider;

/** Multicast with an explicit family, and unicast-only channels whose family does not matter. */
final class NegativeFamilyOrUnicast {
  private DatagramChannel discovery;

  void start() throws IOException {
    discovery = DatagramChannel.open(StandardProtocolFamily.INET);
    discovery.bind(new InetSocketAddress(5353));
  }

  void subscribe(NetworkInterface nif) throws IOException {
    discovery.join(InetAddress.getByName("224.0.0.251"), nif);
  }

  MembershipKey ipv6Group(NetworkInterface nif) throws IOException {
    DatagramChannel channel = SelectorProvider.provider().openDatagramChannel(StandardProtocolFamily.INET6);
    channel.bind(new InetSocketAddress(5353));
    return channel.join(InetAddress.getByName("ff02::fb"), nif);
  }

  /** Unicast request/response: no multicast, so the platform default family is fine. */
  SocketAddress queryDns(ByteBuffer query, ByteBuffer answer) throws IOException {
    try (DatagramChannel channel = DatagramChannel.open()) {
      channel.send(query, new InetSocketAddress("192.0.2.53", 53));
      return channel.receive(answer);
    }
  }

  void nettyReceiver(NetworkInterface nif) {
    NioDatagramChannel channel = new NioDatagramChannel(SocketProtocolFamily.INET);
    channel.joinGroup(new InetSocketAddress("224.0.0.251", 5353), nif);
  }

  NioDatagramChannel nettyUnicast() {
    NioDatagramChannel channel = new NioDatagramChannel();
    channel.connect(new InetSocketAddress("192.0.2.10", 514));
    return channel;
  }
}
