package fixtures.nettyfdchannelunvalidated;

import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;

/** Descriptors that reach a channel constructor along several paths: one outside path is enough. */
final class PositiveFlowPaths {

  /** A restart reuses the descriptor named in the environment. */
  EpollDatagramChannel restartOrFresh(boolean restart) {
    int fd = -1;
    if (restart) {
      fd = Integer.parseInt(System.getenv("DGRAM_FD"));
    } else {
      fd = Libc.INSTANCE.socket(Libc.AF_INET, Libc.SOCK_DGRAM, 0);
    }
    return new EpollDatagramChannel(fd); // expect: netty-fd-channel-unvalidated
  }

  /** The listener descriptor is configured; the field is read elsewhere. */
  private final int listenFd;

  PositiveFlowPaths(String configured) {
    listenFd = Integer.parseInt(configured);
  }

  EpollServerSocketChannel listener() {
    return new EpollServerSocketChannel(listenFd); // expect: netty-fd-channel-unvalidated
  }
}
