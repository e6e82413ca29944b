package fixtures.nettyserverdomainsocketfdinactive;

import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.channel.unix.ServerDomainSocketChannel;

/**
 * The same server written with the active flag (Netty >= 4.1.108.Final), or binding its own socket. The
 * inherited fd is still taken on trust, which netty-fd-channel-unvalidated reports.
 */
final class NegativeSocketActivation {
  private static final int SD_LISTEN_FDS_START = 3;

  ServerDomainSocketChannel apiListener() {
    return new EpollServerDomainSocketChannel(SD_LISTEN_FDS_START, true); // expect: netty-fd-channel-unvalidated
  }

  ServerDomainSocketChannel fromEnvironment(boolean alreadyListening) {
    int fd = Integer.parseInt(System.getenv().getOrDefault("API_FD", "3"));
    return new EpollServerDomainSocketChannel(fd, alreadyListening); // expect: netty-fd-channel-unvalidated
  }

  ServerDomainSocketChannel ownSocket() {
    EpollServerDomainSocketChannel channel = new EpollServerDomainSocketChannel();
    channel.bind(new DomainSocketAddress("/run/app/api.sock"));
    return channel;
  }
}
