package cases;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.EpollDatagramChannel;

/** A unicast UDP server: no multicast group is joined. */
public class Discovery {
  public static Channel listen(EventLoopGroup group) throws Exception {
    return new Bootstrap().group(group).channel(EpollDatagramChannel.class)
        .handler(new ChannelInboundHandlerAdapter()).bind(5353).sync().channel();
  }
}
