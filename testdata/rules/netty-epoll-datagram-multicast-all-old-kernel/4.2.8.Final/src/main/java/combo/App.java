package combo;

import io.netty.channel.epoll.EpollDatagramChannel;

public class App {
  public static Object open() {
    return new EpollDatagramChannel();
  }
}
