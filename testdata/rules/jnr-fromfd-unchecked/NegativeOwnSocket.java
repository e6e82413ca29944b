package fixtures.jnrfromfdunchecked;

import jnr.unixsocket.UnixSocketChannel;

/** The fd comes from socket(AF_UNIX, SOCK_STREAM, 0) in the same method, so it is what fromFD presumes. */
final class NegativeOwnSocket {

  UnixSocketChannel fresh() {
    int fd = Libc.INSTANCE.socket(Libc.AF_UNIX, Libc.SOCK_STREAM, 0);
    if (fd < 0) {
      throw new IllegalStateException("socket() failed");
    }
    return UnixSocketChannel.fromFD(fd);
  }

  UnixSocketChannel inline() {
    return UnixSocketChannel.fromFD(Libc.INSTANCE.socket(Libc.AF_UNIX, Libc.SOCK_STREAM, 0));
  }
}
