package fixtures.rawsocketfamilyasprotocol;

import static fixtures.rawsocketfamilyasprotocol.Libc.AF_INET;
import static fixtures.rawsocketfamilyasprotocol.Libc.PF_INET6;
import static fixtures.rawsocketfamilyasprotocol.Libc.SOCK_DGRAM;
import static fixtures.rawsocketfamilyasprotocol.Libc.SOCK_RAW;

import java.io.IOException;
import jnr.constants.platform.ProtocolFamily;
import jnr.unixsocket.UnixDatagramChannel;

/** "protocol family" read as "protocol": the family constant ends up in the third argument. */
final class PositiveFamilyInProtocolSlot {
  private static final int AF_IPV4 = 2;
  private final Libc libc = Libc.INSTANCE;

  int rawIcmp() {
    return libc.socket(AF_INET, SOCK_RAW, AF_INET); // expect: raw-socket-family-as-protocol
  }

  int udp6() {
    return libc.socket(PF_INET6, SOCK_DGRAM, PF_INET6); // expect: raw-socket-family-as-protocol
  }

  int qualified() {
    return libc.socket(Libc.PF_INET, Libc.SOCK_RAW, Libc.PF_INET); // expect: raw-socket-family-as-protocol
  }

  int sameFileConstant() {
    return libc.socket(AF_INET, SOCK_RAW, AF_IPV4); // expect: raw-socket-family-as-protocol
  }

  UnixDatagramChannel pingSocket() throws IOException {
    return UnixDatagramChannel.open(ProtocolFamily.PF_INET, Libc.AF_INET); // expect: raw-socket-family-as-protocol
  }
}
