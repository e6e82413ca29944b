package fixtures.datagramchannelnofamilymulticast;

import java.io.IOException;
import java.net.NetworkInterface;

/** Passes the factory's channel to the helper that joins: the flow crosses three classes. */
final class Announcer {
  void start(NetworkInterface nif) throws IOException {
    GroupHelper.subscribe(PositiveFlowPaths.defaultChannel(), nif);
  }
}
