package combo;

import io.netty.channel.epoll.EpollSocketChannel;

public class App {
  public static Object open() {
    return new EpollSocketChannel();
  }
}
