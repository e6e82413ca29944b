package fixtures.datagramchannelnofamilymulticast;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFactory;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;

/** Bootstraps that name the channel class but never join, and a multicast one that chose its family. */
final class NegativeBootstrapChannelClass {
  private static final InetSocketAddress GROUP = new InetSocketAddress("239.22.1.8", 22528);

  /** Unicast only: the family-less channel sends and receives, it never joins a group. */
  Channel sender(EventLoopGroup group) throws InterruptedException {
    Bootstrap unicast = new Bootstrap();
    unicast.group(group).channel(NioDatagramChannel.class);
    unicast.handler(new ChannelInboundHandlerAdapter());
    Channel bound = unicast.bind(0).sync().channel();
    bound.writeAndFlush("ping");
    return bound;
  }

  /** The joining bootstrap builds its channel with the group's family; the unicast one above is another object. */
  void receiver(EventLoopGroup group, NetworkInterface nif) throws InterruptedException {
    Bootstrap multicast = new Bootstrap();
    multicast.group(group).channelFactory(new Ipv4Channels());
    multicast.handler(new ChannelInboundHandlerAdapter());
    DatagramChannel joined = (DatagramChannel) multicast.bind(GROUP.getPort()).sync().channel();
    joined.joinGroup(GROUP, nif).syncUninterruptibly();
  }

  private static final class Ipv4Channels implements ChannelFactory<NioDatagramChannel> {
    @Override
    public NioDatagramChannel newChannel() {
      return new NioDatagramChannel(SocketProtocolFamily.INET);
    }
  }
}
