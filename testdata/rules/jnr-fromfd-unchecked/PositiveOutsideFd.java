package fixtures.jnrfromfdunchecked;

import jnr.unixsocket.UnixSocketChannel;

/** An agent client that receives its connection fd from the process that spawned it. */
final class PositiveOutsideFd {
  private static final int AGENT_FD = 3;

  UnixSocketChannel fromEnvironment() {
    int fd = Integer.parseInt(System.getenv("SSH_AGENT_FD"));
    return UnixSocketChannel.fromFD(fd); // expect: jnr-fromfd-unchecked
  }

  UnixSocketChannel fromCaller(int fd) {
    return UnixSocketChannel.fromFD(fd); // expect: jnr-fromfd-unchecked
  }

  UnixSocketChannel wellKnown() {
    return UnixSocketChannel.fromFD(AGENT_FD); // expect: jnr-fromfd-unchecked
  }
}
