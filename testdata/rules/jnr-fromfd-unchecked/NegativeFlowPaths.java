package fixtures.jnrfromfdunchecked;

import jnr.unixsocket.UnixSocketChannel;

/** The fd is the program's own socket on every path that reaches fromFD. */
final class NegativeFlowPaths {

  /** The placeholder -1 never reaches fromFD: socket() replaces it on the only path. */
  UnixSocketChannel afterPlaceholder() {
    int fd = -1;
    fd = Libc.INSTANCE.socket(Libc.AF_UNIX, Libc.SOCK_STREAM, 0);
    return UnixSocketChannel.fromFD(fd);
  }

  /** A private helper whose only caller passes its own socket. */
  private UnixSocketChannel wrap(int fd) {
    return UnixSocketChannel.fromFD(fd);
  }

  UnixSocketChannel connect() {
    return wrap(Libc.INSTANCE.socket(Libc.AF_UNIX, Libc.SOCK_STREAM, 0));
  }

  /** A private field only ever set to the program's own socket. */
  private int controlFd;

  void open() {
    controlFd = Libc.INSTANCE.socket(Libc.AF_UNIX, Libc.SOCK_STREAM, 0);
  }

  UnixSocketChannel control() {
    return UnixSocketChannel.fromFD(controlFd);
  }

  /** A loop that retries socket() until it succeeds. */
  UnixSocketChannel retry() {
    int fd = Libc.INSTANCE.socket(Libc.AF_UNIX, Libc.SOCK_STREAM, 0);
    while (fd < 0) {
      fd = Libc.INSTANCE.socket(Libc.AF_UNIX, Libc.SOCK_STREAM, 0);
    }
    return UnixSocketChannel.fromFD(fd);
  }
}
