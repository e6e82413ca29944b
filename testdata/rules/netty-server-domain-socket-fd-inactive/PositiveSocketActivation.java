package fixtures.nettyserverdomainsocketfdinactive;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.kqueue.KQueueServerDomainSocketChannel;
import io.netty.channel.unix.ServerDomainSocketChannel;

/** A unix-socket API server started by systemd socket activation (ListenStream=/run/app/api.sock). */
final class PositiveSocketActivation {
  private static final int SD_LISTEN_FDS_START = 3;

  ServerDomainSocketChannel apiListener() {
    return new EpollServerDomainSocketChannel(SD_LISTEN_FDS_START); // expect: netty-server-domain-socket-fd-inactive
  }

  ServerDomainSocketChannel fromEnvironment() {
    int fd = Integer.parseInt(System.getenv().getOrDefault("API_FD", "3"));
    return new EpollServerDomainSocketChannel(fd); // expect: netty-server-domain-socket-fd-inactive
  }

  ServerBootstrap bootstrap(EventLoopGroup group, int inheritedFd) {
    return new ServerBootstrap()
        .group(group)
        .channelFactory(() -> new EpollServerDomainSocketChannel(inheritedFd)); // expect: netty-server-domain-socket-fd-inactive
  }

  /** launchd (macOS) hands the listening socket over by number; KQueue has no (fd, true) constructor. */
  ServerDomainSocketChannel launchdListener(int fd) {
    return new KQueueServerDomainSocketChannel(fd); // expect: netty-server-domain-socket-fd-inactive
  }
}
