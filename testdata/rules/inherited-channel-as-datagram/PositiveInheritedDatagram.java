package fixtures.inheritedchannelasdatagram;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.spi.SelectorProvider;

/** A syslog relay started by inetd / systemd with StandardInput=socket on a UDP port. */
final class PositiveInheritedDatagram {

  void relay(SocketAddress collector) throws IOException {
    Channel inherited = System.inheritedChannel(); // expect: inherited-channel-as-datagram
    if (inherited instanceof DatagramChannel udp) {
      ByteBuffer buffer = ByteBuffer.allocate(8192);
      udp.receive(buffer);
      buffer.flip();
      udp.send(buffer, collector);
    }
  }

  DatagramChannel stdinSocket() throws IOException {
    return (DatagramChannel) System.inheritedChannel(); // expect: inherited-channel-as-datagram
  }

  void echo() throws IOException {
    Channel channel = SelectorProvider.provider().inheritedChannel(); // expect: inherited-channel-as-datagram
    if (!(channel instanceof DatagramChannel)) {
      throw new IllegalStateException("stdin is not a datagram socket");
    }
    DatagramChannel udp = (DatagramChannel) channel;
    ByteBuffer buffer = ByteBuffer.allocate(512);
    SocketAddress peer = udp.receive(buffer);
    buffer.flip();
    udp.send(buffer, peer == null ? new InetSocketAddress("127.0.0.1", 7) : peer);
  }
}
