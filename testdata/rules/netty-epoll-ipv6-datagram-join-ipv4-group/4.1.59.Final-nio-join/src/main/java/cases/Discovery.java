package cases;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;

/** Epoll is on the class path, but the multicast channel is an NIO channel: the JDK joins IPv4 groups on IPv6 sockets. */
public class Discovery {
  public static DatagramChannel listen(EventLoopGroup group, NetworkInterface nif) throws Exception {
    DatagramChannel channel = (DatagramChannel) new Bootstrap().group(group)
        .channel(NioDatagramChannel.class) // expect: datagram-channel-no-family-multicast
        .handler(new ChannelInboundHandlerAdapter())
        .bind(5353).sync().channel();
    channel.joinGroup(new InetSocketAddress(InetAddress.getByName("224.0.0.251"), 5353), nif).sync();
    return channel;
  }
}
