package fixtures.listenfdsbeforeinheritedchannel;

import java.io.IOException;
import java.nio.channels.Channel;

/**
 * A known miss, kept as a fixture so that a change is seen: the test of LISTEN_FDS sits in a helper
 * method, and a guard is only seen when the tested value comes from the environment in the same
 * method (the helper returns a boolean computed by its own branch, which the value flow does not
 * tie to getenv). rules/listen-fds-before-inherited-channel.yaml says so in its help.
 */
final class KnownMissHelperMethod {

  private static boolean socketActivated() {
    return System.getenv("LISTEN_FDS") != null;
  }

  Channel viaHelper() throws IOException {
    if (socketActivated()) {
      return System.inheritedChannel();
    }
    return null;
  }
}
