package fixtures.rawsocketsentinel;

import static fixtures.rawsocketsentinel.Libc.AF_INET;
import static fixtures.rawsocketsentinel.Libc.AF_INET6;
import static fixtures.rawsocketsentinel.Libc.AF_UNIX;
import static fixtures.rawsocketsentinel.Libc.IPPROTO_ICMP;
import static fixtures.rawsocketsentinel.Libc.IPPROTO_ICMPV6;
import static fixtures.rawsocketsentinel.Libc.SOCK_DGRAM;
import static fixtures.rawsocketsentinel.Libc.SOCK_RAW;
import static fixtures.rawsocketsentinel.Libc.SOCK_STREAM;

import java.io.IOException;
import jnr.constants.platform.ProtocolFamily;
import jnr.unixsocket.UnixDatagramChannel;

/** Protocol 0 is the default for stream and datagram sockets; raw sockets name their protocol. */
final class NegativeValidSockets {
  private final Libc libc = Libc.INSTANCE;

  int tcp() {
    return libc.socket(AF_INET, SOCK_STREAM, 0);
  }

  int udp6() {
    return libc.socket(AF_INET6, SOCK_DGRAM, 0);
  }

  int unixStream() {
    return libc.socket(AF_UNIX, SOCK_STREAM, 0);
  }

  int icmpProbe() {
    return libc.socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
  }

  int icmp6Probe() {
    return libc.socket(AF_INET6, SOCK_RAW, IPPROTO_ICMPV6);
  }

  int configured(int family, int type, int protocol) {
    return libc.socket(family, type, protocol);
  }

  UnixDatagramChannel unprivilegedPing() throws IOException {
    return UnixDatagramChannel.open(ProtocolFamily.PF_INET, IPPROTO_ICMP);
  }

  /** tomcat-native numbers differently (SOCK_STREAM is 0 there) and is not a socket(int,int,int) binding. */
  long aprStream(long pool) throws Exception {
    return org.apache.tomcat.jni.Socket.create(org.apache.tomcat.jni.Socket.APR_INET, org.apache.tomcat.jni.Socket.SOCK_STREAM, 0, pool);
  }
}
