package fixtures.nettyfdchannelunvalidated;

import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollDomainDatagramChannel;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.epoll.LinuxSocket;
import io.netty.channel.uring.IoUringDatagramChannel;
import io.netty.incubator.channel.uring.IOUringDatagramChannel;

/** Listeners taken over from systemd, a hot-restart parent or configuration, wrapped without any check. */
final class PositiveInheritedFds {
  private static final int HANDOFF_FD = 4;

  EpollServerSocketChannel httpListener() {
    if (SystemdFds.listenFds() < 1) {
      throw new IllegalStateException("no socket passed by systemd");
    }
    return new EpollServerSocketChannel(SystemdFds.SD_LISTEN_FDS_START); // expect: netty-fd-channel-unvalidated
  }

  EpollServerSocketChannel adminListener() {
    int fd = 3;
    return new EpollServerSocketChannel(fd); // expect: netty-fd-channel-unvalidated
  }

  EpollSocketChannel upstreamConnection(int fd) {
    return new EpollSocketChannel(fd); // expect: netty-fd-channel-unvalidated
  }

  EpollDatagramChannel metricsSocket() {
    return new EpollDatagramChannel(HANDOFF_FD); // expect: netty-fd-channel-unvalidated
  }

  EpollDatagramChannel syslogSocket() {
    int fd = Integer.parseInt(System.getenv("SYSLOG_FD"));
    return new EpollDatagramChannel(fd); // expect: netty-fd-channel-unvalidated
  }

  EpollDomainSocketChannel controlSocket() {
    return new EpollDomainSocketChannel((SystemdFds.SD_LISTEN_FDS_START + 1)); // expect: netty-fd-channel-unvalidated
  }

  EpollDomainDatagramChannel journalSocket(long fd) {
    return new EpollDomainDatagramChannel((int) fd); // expect: netty-fd-channel-unvalidated
  }

  IoUringDatagramChannel uringDns(int fd) {
    return new IoUringDatagramChannel(fd); // expect: netty-fd-channel-unvalidated
  }

  IOUringDatagramChannel incubatorDns(int fd) {
    return new IOUringDatagramChannel(fd); // expect: netty-fd-channel-unvalidated
  }

  io.netty.channel.unix.Socket rawHandle(int fd) {
    return new io.netty.channel.unix.Socket(fd); // expect: netty-fd-channel-unvalidated
  }

  LinuxSocket linuxHandle() {
    return LinuxSocket.newSocket(Integer.getInteger("app.listen.fd", 3)); // expect: netty-fd-channel-unvalidated
  }

  /** The (fd, active) constructors take the fd on the same trust (Netty >= 4.1.108.Final for the server). */
  EpollServerDomainSocketChannel activatedUnixListener() {
    return new EpollServerDomainSocketChannel(SystemdFds.SD_LISTEN_FDS_START, true); // expect: netty-fd-channel-unvalidated
  }

  EpollDomainSocketChannel inheritedConnection(int fd, boolean connected) {
    return new EpollDomainSocketChannel(fd, connected); // expect: netty-fd-channel-unvalidated
  }
}
