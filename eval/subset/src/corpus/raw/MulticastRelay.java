package corpus.raw;

import com.savarese.rocksaw.net.RawSocket;
import java.io.IOException;

/**
 * Re-creates corpus sites grcbox-listen-protocol-by-name and rocksaw-client-explicit-protocol.
 * Written for sockcheck; no third-party code.
 */
final class MulticastRelay {

  private RawSocket listen;
  private RawSocket tcp;

  void start() throws IOException {
    listen = new RawSocket();
    listen.open(RawSocket.PF_INET, RawSocket.getProtocolByName("udp")); // site: subset-raw-protocol-by-name
    listen.setIPHeaderInclude(true);
    tcp = new RawSocket();
    tcp.open(RawSocket.PF_INET, 6); // site: subset-raw-explicit-protocol
  }
}
