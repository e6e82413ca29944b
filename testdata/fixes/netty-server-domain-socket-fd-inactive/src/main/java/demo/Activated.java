package demo;

import io.netty.channel.epoll.EpollServerDomainSocketChannel;

/** A listening unix socket handed over by systemd (LISTEN_FDS=1, fd 3). */
class Activated {

  EpollServerDomainSocketChannel fromSystemd() {
    int fd = Integer.parseInt(System.getenv().getOrDefault("SOCKCHECK_FD", "3"));
    return new EpollServerDomainSocketChannel(fd);
  }

  EpollServerDomainSocketChannel qualified(int fd) {
    return new io.netty.channel.epoll.EpollServerDomainSocketChannel(
        fd);
  }
}
