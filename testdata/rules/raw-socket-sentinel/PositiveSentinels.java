package fixtures.rawsocketsentinel;

import static fixtures.rawsocketsentinel.Libc.AF_INET;
import static fixtures.rawsocketsentinel.Libc.AF_INET6;
import static fixtures.rawsocketsentinel.Libc.AF_UNSPEC;
import static fixtures.rawsocketsentinel.Libc.SOCK_DGRAM;
import static fixtures.rawsocketsentinel.Libc.SOCK_RAW;
import static fixtures.rawsocketsentinel.Libc.SOCK_STREAM;

import java.io.IOException;
import jnr.constants.platform.ProtocolFamily;
import jnr.unixsocket.UnixDatagramChannel;

/** A ping / health-probe helper that lets "unknown" values reach socket(2). */
final class PositiveSentinels {
  private static final int PROTO_UNSPECIFIED = -1;
  private static final long PROTO_UNKNOWN = -1L;

  private final Libc libc = Libc.INSTANCE;

  int icmpProbe() {
    return libc.socket(AF_INET, SOCK_RAW, 0); // expect: raw-socket-sentinel
  }

  int icmp6Probe() {
    return libc.socket(Libc.AF_INET6, Libc.SOCK_RAW, 0); // expect: raw-socket-sentinel
  }

  int rawWithLiterals() {
    return libc.socket(2, 3, 0); // expect: raw-socket-sentinel
  }

  int rawInParentheses() {
    return libc.socket((AF_INET), (SOCK_RAW), (0)); // expect: raw-socket-sentinel
  }

  int udpWithMinusOne() {
    return libc.socket(AF_INET6, SOCK_DGRAM, -1); // expect: raw-socket-sentinel
  }

  int tcpWithNamedSentinel() {
    return libc.socket(AF_INET, SOCK_STREAM, PROTO_UNSPECIFIED); // expect: raw-socket-sentinel
  }

  int tcpWithCastSentinel() {
    return libc.socket(AF_INET, SOCK_STREAM, (int) PROTO_UNKNOWN); // expect: raw-socket-sentinel
  }

  int tcpWithLocalSentinel() {
    int protocol = -1;
    return libc.socket(AF_INET, SOCK_STREAM, protocol); // expect: raw-socket-sentinel
  }

  int unspecifiedFamily() {
    return libc.socket(AF_UNSPEC, SOCK_STREAM, 0); // expect: raw-socket-sentinel
  }

  int negativeFamily() {
    return libc.socket(-1, SOCK_DGRAM, 0); // expect: raw-socket-sentinel
  }

  int viaJnrFfi() {
    return LibcFfi.INSTANCE.socket(AF_INET, SOCK_RAW, 0); // expect: raw-socket-sentinel
  }

  UnixDatagramChannel unspecifiedPingSocket() throws IOException {
    return UnixDatagramChannel.open(ProtocolFamily.PF_UNSPEC, Libc.IPPROTO_ICMP); // expect: raw-socket-sentinel
  }

  UnixDatagramChannel pingSocketWithSentinel() throws IOException {
    return UnixDatagramChannel.open(ProtocolFamily.PF_INET, -1); // expect: raw-socket-sentinel
  }
}
