package fixtures.aprunspecsocketcreate;

import org.apache.tomcat.jni.Pool;
import org.apache.tomcat.jni.Socket;

/**
 * The family is APR_UNSPEC on one path, but each call is reached only when a test pinned it to another
 * value (Tomcat 9's AprEndpoint creates its Unix-domain listener this way).
 */
final class NegativeGuardedFamily {
  private final long pool = Pool.create(0);

  long unixOnly(String unixPath) throws Exception {
    int family = unixPath != null ? Socket.APR_UNIX : Socket.APR_UNSPEC;
    if (family == Socket.APR_UNIX) {
      return Socket.create(family, Socket.SOCK_STREAM, 0, pool);
    }
    return 0;
  }

  long notUnspecElse(boolean ipv6) throws Exception {
    int family = ipv6 ? Socket.APR_INET6 : Socket.APR_UNSPEC;
    if (Socket.APR_INET6 != family) {
      return 0;
    } else {
      return Socket.create(family, Socket.SOCK_DGRAM, 0, pool);
    }
  }

  long bothTests(boolean unix, boolean stream) throws Exception {
    int family = unix ? Socket.APR_UNIX : Socket.APR_UNSPEC;
    if (stream && family == Socket.APR_UNIX) {
      return Socket.create(family, Socket.SOCK_STREAM, 0, pool);
    }
    return 0;
  }
}
