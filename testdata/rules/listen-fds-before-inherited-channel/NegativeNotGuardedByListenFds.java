package fixtures.listenfdsbeforeinheritedchannel;

import java.io.IOException;
import java.nio.channels.Channel;
import java.nio.channels.ServerSocketChannel;

/** Inherited channels reached whether or not systemd's variables are set. */
final class NegativeNotGuardedByListenFds {

  /** No test at all: the right way, the null check is the guard. */
  ServerSocketChannel unguarded() throws IOException {
    Channel inherited = System.inheritedChannel();
    return inherited instanceof ServerSocketChannel server ? server : null;
  }

  /** Guarded, but by a variable of the application's own. */
  Channel otherVariable() throws IOException {
    if (System.getenv("MY_FD") != null) {
      return System.inheritedChannel();
    }
    return null;
  }

  /** LISTEN_FDS is read, but the call runs on both paths. */
  Channel bothPaths() throws IOException {
    String fds = System.getenv("LISTEN_FDS");
    if (fds != null) {
      System.err.println("socket activation with " + fds + " descriptor(s)");
    }
    return System.inheritedChannel();
  }

  /** Only when LISTEN_FDS is missing: inetd mode, where fd 0 is the socket. */
  Channel whenUnset() throws IOException {
    if (System.getenv("LISTEN_FDS") == null) {
      return System.inheritedChannel();
    }
    return null;
  }

  /** Reached when the environment test fails, as the else branch of a truth test. */
  Channel elseOfContains() throws IOException {
    if (System.getenv().containsKey("LISTEN_PID")) {
      return null;
    } else {
      return System.inheritedChannel();
    }
  }

  /** The guard runs the other way: the call is reached when either test fails. */
  Channel eitherMissing() throws IOException {
    if (System.getenv("LISTEN_FDS") != null && System.getenv("LISTEN_PID") != null) {
      return null;
    }
    return System.inheritedChannel();
  }
}
