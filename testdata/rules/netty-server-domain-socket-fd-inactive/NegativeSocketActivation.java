package fixtures.nettyserverdomainsocketfdinactive;

import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.channel.unix.ServerDomainSocketChannel;

/** The same server written with the active flag (Netty >= 4.1.108.Final), or binding its own socket. */
final class NegativeSocketActivation {
  private static final int SD_LISTEN_FDS_START = 3;

  ServerDomainSocketChannel apiListener() {
    return new EpollServerDomainSocketChannel(SD_LISTEN_FDS_START, true);
  }

  ServerDomainSocketChannel fromEnvironment(boolean alreadyListening) {
    int fd = Integer.parseInt(System.getenv().getOrDefault("API_FD", "3"));
    return new EpollServerDomainSocketChannel(fd, alreadyListening);
  }

  ServerDomainSocketChannel ownSocket() {
    EpollServerDomainSocketChannel channel = new EpollServerDomainSocketChannel();
    channel.bind(new DomainSocketAddress("/run/app/api.sock"));
    return channel;
  }
}
