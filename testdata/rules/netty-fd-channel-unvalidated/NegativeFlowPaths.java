package fixtures.nettyfdchannelunvalidated;

import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.unix.FileDescriptor;

/** Descriptors that are the program's own on every path: a Netty channel's fd() or its own socket(). */
final class NegativeFlowPaths {

  /** The -1 placeholder is replaced on the only path to the constructor. */
  EpollDatagramChannel afterPlaceholder() {
    int fd = -1;
    fd = Libc.INSTANCE.socket(Libc.AF_INET, Libc.SOCK_DGRAM, 0);
    return new EpollDatagramChannel(fd);
  }

  /** The old channel's descriptor, kept in a private field for the restart. */
  private FileDescriptor previous;

  void remember(EpollServerSocketChannel old) {
    previous = old.fd();
  }

  EpollServerSocketChannel restart() {
    return new EpollServerSocketChannel(previous.intValue());
  }

  /** A private helper whose only caller passes a Netty channel's descriptor. */
  private EpollDatagramChannel wrap(int fd) {
    return new EpollDatagramChannel(fd);
  }

  EpollDatagramChannel sibling(EpollDatagramChannel existing) {
    return wrap(existing.fd().intValue());
  }
}
