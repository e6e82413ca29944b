package corpus.raw;

import static com.savarese.rocksaw.net.RawSocket.PF_INET;
import static com.savarese.rocksaw.net.RawSocket.PF_INET6;
import static com.savarese.rocksaw.net.RawSocket.getProtocolByName;

import com.savarese.rocksaw.net.RawSocket;
import java.io.IOException;

/**
 * Re-creates corpus site rocksaw-ping-protocol-by-name-parameter: the IPv4 constructor passes a protocol
 * looked up in /etc/protocols through this(...) to the constructor that opens the raw socket.
 * Written for sockcheck; no third-party code.
 */
class Pinger {

  private static final int IPPROTO_ICMPV6 = 58;

  protected final RawSocket socket = new RawSocket();

  Pinger(int family, int protocol) throws IOException {
    socket.open(family, protocol); // site: subset-raw-protocol-parameter
  }

  Pinger() throws IOException {
    this(PF_INET, getProtocolByName("icmp"));
  }

  static Pinger ipv6() throws IOException {
    return new Pinger(PF_INET6, IPPROTO_ICMPV6);
  }
}
