package corpus.jnr;

import jnr.unixsocket.UnixSocketChannel;

/**
 * Re-creates corpus sites jruby-unixsocket-for-fd (an fd handed in by the caller) and
 * jnr-fromfd-own-socket-reassigned (a local that starts as 0 and is then assigned the result of
 * socket(...)). Written for sockcheck; no third-party code.
 */
public final class UnixSockets {

  private static final int AF_UNIX = 1;
  private static final int SOCK_STREAM = 1;

  private UnixSockets() {}

  /** Script-level {@code UNIXSocket.for_fd(n)}: the number comes from the caller. */
  public static UnixSocketChannel forFd(long fileno) {
    int fd = (int) fileno;
    return UnixSocketChannel.fromFD(fd); // site: subset-fromfd-parameter
  }

  static UnixSocketChannel ownSocket() {
    int fd = 0;
    try {
      fd = Libc.socket(AF_UNIX, SOCK_STREAM, 0);
      if (fd < 0) throw new IllegalStateException("socket failed");
      return UnixSocketChannel.fromFD(fd); // site: subset-fromfd-reassigned-own-socket
    } finally {
      if (fd < 0) Libc.close(fd);
    }
  }
}
