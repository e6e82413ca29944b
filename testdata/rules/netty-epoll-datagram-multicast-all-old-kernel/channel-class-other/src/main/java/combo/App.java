package combo;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.epoll.EpollSocketChannel;

/** A TCP channel class: the 4.2.8/4.2.9 datagram constructors are not involved. */
public class App {
  public static Bootstrap bootstrap() {
    return new Bootstrap().channel(EpollSocketChannel.class);
  }
}
