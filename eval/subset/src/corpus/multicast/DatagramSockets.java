package corpus.multicast;

import io.netty.channel.ChannelFuture;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketProtocolFamily;
import java.net.InetAddress;

/** See {@link Transports}. Written for sockcheck; no third-party code. */
final class DatagramSockets {

  private final Transports transports = new Transports();

  DatagramChannel resolverChannel() {
    return transports.datagramChannel();
  }

  ChannelFuture listenMulticast(InetAddress group, boolean ipv6) {
    DatagramChannel channel = transports.datagramChannel(ipv6 ? SocketProtocolFamily.INET6 : SocketProtocolFamily.INET);
    return channel.joinGroup(group);
  }
}
