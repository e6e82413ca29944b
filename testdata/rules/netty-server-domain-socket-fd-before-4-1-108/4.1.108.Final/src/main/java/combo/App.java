package combo;

import io.netty.channel.epoll.EpollServerDomainSocketChannel;

public class App {
  public static Object adopt(int fd) {
    return new EpollServerDomainSocketChannel(fd); // expect: netty-server-domain-socket-fd-inactive
  }
}
