package fixtures.rawsocketfamilyasprotocol;

import static fixtures.rawsocketfamilyasprotocol.Libc.AF_INET;
import static fixtures.rawsocketfamilyasprotocol.Libc.IPPROTO_ICMP;
import static fixtures.rawsocketfamilyasprotocol.Libc.IPPROTO_UDP;
import static fixtures.rawsocketfamilyasprotocol.Libc.SOCK_DGRAM;
import static fixtures.rawsocketfamilyasprotocol.Libc.SOCK_RAW;
import static fixtures.rawsocketfamilyasprotocol.Libc.SOCK_STREAM;

import java.io.IOException;
import jnr.constants.platform.ProtocolFamily;
import jnr.unixsocket.UnixDatagramChannel;

/** IPPROTO_* numbers (or 0) in the protocol slot, as socket(2) wants them. */
final class NegativeProtocolNumbers {
  private final Libc libc = Libc.INSTANCE;

  int rawIcmp() {
    return libc.socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  }

  int udp() {
    return libc.socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
  }

  int tcp() {
    return libc.socket(AF_INET, SOCK_STREAM, 0);
  }

  int rawLiteral() {
    return libc.socket(AF_INET, SOCK_RAW, 1);
  }

  UnixDatagramChannel pingSocket() throws IOException {
    return UnixDatagramChannel.open(ProtocolFamily.PF_INET, IPPROTO_ICMP);
  }
}
