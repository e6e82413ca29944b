package corpus.multicast;

import io.netty.channel.ChannelFuture;
import io.netty.channel.socket.DatagramChannel;
import java.net.InetAddress;

/** See {@link DefaultLoop}. Written for sockcheck; no third-party code. */
final class UdpJoin {

  private final DefaultLoop loop = new DefaultLoop();

  ChannelFuture bindAndJoin(InetAddress group) {
    DatagramChannel channel = loop.newChannel(DatagramChannel.class);
    return channel.joinGroup(group);
  }
}
