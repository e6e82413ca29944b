package fixtures.datagramchannelnofamilymulticast;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;

/**
 * Netty users name the channel class and let the bootstrap construct it: channel(NioDatagramChannel.class)
 * makes the bootstrap call the family-less new NioDatagramChannel() when it binds.
 */
final class PositiveBootstrapChannelClass {
  private static final InetSocketAddress GROUP = new InetSocketAddress("239.22.1.7", 22527);

  private Channel channel;

  /** The bootstrap is configured, bound, and the bound channel joins (Camel's UDP server shape). */
  void serve(EventLoopGroup group, NetworkInterface nif) throws InterruptedException {
    Bootstrap bootstrap = new Bootstrap();
    bootstrap.group(group).channel(NioDatagramChannel.class); // expect: datagram-channel-no-family-multicast
    bootstrap.handler(new ChannelInboundHandlerAdapter());
    ChannelFuture bound = bootstrap.bind(GROUP.getPort()).sync();
    channel = bound.channel();
    DatagramChannel datagram = (DatagramChannel) channel;
    datagram.joinGroup(GROUP, nif).syncUninterruptibly();
  }

  /** One fluent chain; a listener joins once the bind completes (drasyl#215's shape). */
  void start(EventLoopGroup group, NetworkInterface nif) {
    new Bootstrap()
        .group(group)
        .channel(NioDatagramChannel.class) // expect: datagram-channel-no-family-multicast
        .handler(new ChannelInboundHandlerAdapter())
        .bind(GROUP.getPort())
        .addListener(new JoinWhenBound(nif));
  }

  private static final class JoinWhenBound implements ChannelFutureListener {
    private final NetworkInterface nif;

    JoinWhenBound(NetworkInterface nif) {
      this.nif = nif;
    }

    @Override
    public void operationComplete(ChannelFuture future) {
      if (future.isSuccess()) {
        DatagramChannel bound = (DatagramChannel) future.channel();
        bound.joinGroup(GROUP, nif);
      }
    }
  }
}
