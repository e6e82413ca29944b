package combo;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.epoll.EpollDatagramChannel;

/** The usual way to pick the channel class: Netty's ReflectiveChannelFactory calls EpollDatagramChannel(). */
public class App {
  public static Bootstrap bootstrap() {
    return new Bootstrap().channel(EpollDatagramChannel.class);
  }
}
