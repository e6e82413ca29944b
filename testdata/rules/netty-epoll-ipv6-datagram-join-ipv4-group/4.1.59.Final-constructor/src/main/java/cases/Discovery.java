package cases;

import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.EpollDatagramChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;

/** The channel built directly, without a family: an IPv6 socket wherever IPv6 is available. */
public class Discovery {
  public static EpollDatagramChannel listen(EventLoopGroup group, NetworkInterface nif) throws Exception {
    EpollDatagramChannel channel = new EpollDatagramChannel();
    channel.pipeline().addLast(new ChannelInboundHandlerAdapter());
    group.register(channel).sync();
    channel.bind(new InetSocketAddress(5353)).sync();
    channel.joinGroup(new InetSocketAddress(InetAddress.getByName("224.0.0.251"), 5353), nif).sync();
    return channel;
  }
}
