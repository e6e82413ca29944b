package fixtures.jnrfromfdunchecked;

import jnr.unixsocket.UnixSocketChannel;

/** Values that reach fromFD along several paths: one outside path is enough. */
final class PositiveFlowPaths {

  /** A restart takes the fd from the environment; only a fresh start makes its own socket. */
  UnixSocketChannel restartOrFresh(boolean restart) {
    int fd = -1;
    if (restart) {
      fd = Integer.parseInt(System.getenv("AGENT_FD"));
    } else {
      fd = Libc.INSTANCE.socket(Libc.AF_UNIX, Libc.SOCK_STREAM, 0);
    }
    return UnixSocketChannel.fromFD(fd); // expect: jnr-fromfd-unchecked
  }

  /** A public method's parameter comes from outside, whatever this class passes to it. */
  public UnixSocketChannel adopt(int fd) {
    return UnixSocketChannel.fromFD(fd); // expect: jnr-fromfd-unchecked
  }

  UnixSocketChannel adoptOwn() {
    return adopt(Libc.INSTANCE.socket(Libc.AF_UNIX, Libc.SOCK_STREAM, 0));
  }

  /** A field stores the socket, but a second writer stores an inherited fd. */
  private int agentFd = Libc.INSTANCE.socket(Libc.AF_UNIX, Libc.SOCK_STREAM, 0);

  void inherit() {
    agentFd = Integer.parseInt(System.getenv("AGENT_FD"));
  }

  UnixSocketChannel agent() {
    return UnixSocketChannel.fromFD(agentFd); // expect: jnr-fromfd-unchecked
  }
}
