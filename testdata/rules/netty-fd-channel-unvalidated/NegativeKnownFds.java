package fixtures.nettyfdchannelunvalidated;

import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.epoll.LinuxSocket;
import io.netty.channel.kqueue.KQueueServerSocketChannel;
import io.netty.channel.socket.SocketProtocolFamily;

/** fds whose family and type are known: made by Netty itself or by socket() in the same method. */
final class NegativeKnownFds {

  /** In-process hot restart: the new server takes over the old server's listening socket. */
  EpollServerSocketChannel takeOver(EpollServerSocketChannel old) {
    return new EpollServerSocketChannel(old.fd().intValue());
  }

  EpollDatagramChannel sibling(EpollDatagramChannel existing) {
    int fd = existing.fd().intValue();
    return new EpollDatagramChannel(fd);
  }

  KQueueServerSocketChannel takeOver(KQueueServerSocketChannel old) {
    return new KQueueServerSocketChannel(old.fd().intValue());
  }

  EpollSocketChannel fromOwnSocket() {
    int fd = Libc.INSTANCE.socket(Libc.AF_INET6, Libc.SOCK_STREAM, 0);
    return new EpollSocketChannel(fd);
  }

  LinuxSocket dup(LinuxSocket socket) {
    return LinuxSocket.newSocket(socket.intValue());
  }

  EpollServerSocketChannel fresh() {
    return new EpollServerSocketChannel(SocketProtocolFamily.INET6);
  }

  EpollServerDomainSocketChannel unixListener() {
    return new EpollServerDomainSocketChannel();
  }

  /** A Netty-made unix listener taken over in-process, with the active flag. */
  EpollServerDomainSocketChannel takeOver(EpollServerDomainSocketChannel old) {
    return new EpollServerDomainSocketChannel(old.fd().intValue(), true);
  }
}
