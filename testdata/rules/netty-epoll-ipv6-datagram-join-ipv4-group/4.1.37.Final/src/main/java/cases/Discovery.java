package cases;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.socket.DatagramChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;

/** Service discovery listener on an IPv4 multicast group, epoll transport. */
public class Discovery {
  public static DatagramChannel listen(EventLoopGroup group, NetworkInterface nif) throws Exception {
    DatagramChannel channel = (DatagramChannel) new Bootstrap().group(group)
        .channel(EpollDatagramChannel.class)
        .handler(new ChannelInboundHandlerAdapter())
        .bind(5353).sync().channel();
    channel.joinGroup(new InetSocketAddress(InetAddress.getByName("224.0.0.251"), 5353), nif).sync();
    return channel;
  }
}
