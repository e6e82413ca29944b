package fixtures.listenfdsbeforeinheritedchannel;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.Channel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.spi.SelectorProvider;

/**
 * Services that look for systemd's socket-activation variables before asking for the inherited
 * channel: with StandardInput=socket the variables are never set, so the inherited socket on fd 0
 * is never taken.
 */
final class PositiveListenFdsGuard {

  private static final String LISTEN_FDS = "LISTEN_FDS";

  /** The test and the call in one if. */
  ServerSocketChannel direct() throws IOException {
    if (System.getenv("LISTEN_FDS") != null) {
      Channel inherited = System.inheritedChannel(); // expect: listen-fds-before-inherited-channel
      return (ServerSocketChannel) inherited;
    }
    return ServerSocketChannel.open().bind(new InetSocketAddress(8080));
  }

  /** The value in a local first, then parsed. */
  Channel throughLocal() throws IOException {
    String fds = System.getenv(LISTEN_FDS);
    if (fds != null && Integer.parseInt(fds) > 0) {
      return System.inheritedChannel(); // expect: listen-fds-before-inherited-channel
    }
    return null;
  }

  /** An early return when the variable is missing. */
  Channel earlyReturn() throws IOException {
    if (System.getenv("LISTEN_FDS") == null) {
      return null;
    }
    return System.inheritedChannel(); // expect: listen-fds-before-inherited-channel
  }

  /** A conditional expression on LISTEN_PID. */
  Channel ternary() throws IOException {
    return System.getenv("LISTEN_PID") != null
        ? System.inheritedChannel() // expect: listen-fds-before-inherited-channel
        : null;
  }

  /** The environment map, and the provider's method. */
  Channel environmentMap() throws IOException {
    if (System.getenv().containsKey("LISTEN_FDS")) {
      return SelectorProvider.provider().inheritedChannel(); // expect: listen-fds-before-inherited-channel
    }
    return null;
  }
}
