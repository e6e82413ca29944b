package corpus.multicast;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;

/**
 * Re-creates corpus sites camel-netty-multicast-type-ref and drasyl-multicast-type-ref-215: the channel
 * class is only named; Netty calls its family-less constructor, and the bound channel joins an IPv4
 * group. Written for sockcheck; no third-party code.
 */
final class BootstrapMulticast {

  DatagramChannel start(EventLoopGroup group, InetSocketAddress multicastGroup, NetworkInterface nic)
      throws InterruptedException {
    Bootstrap bootstrap = new Bootstrap();
    bootstrap.group(group).channel(NioDatagramChannel.class).handler(new ChannelInboundHandlerAdapter()); // site: subset-type-ref-join
    ChannelFuture bound = bootstrap.bind(multicastGroup.getPort()).sync();
    DatagramChannel channel = (DatagramChannel) bound.channel();
    channel.joinGroup(multicastGroup, nic).syncUninterruptibly();
    return channel;
  }
}
