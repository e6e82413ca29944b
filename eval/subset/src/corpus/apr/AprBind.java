package corpus.apr;

import org.apache.tomcat.jni.Address;
import org.apache.tomcat.jni.Socket;

/**
 * Re-creates corpus sites tomcat9-apr-unix-guarded (APR_UNSPEC on one path, but the call is guarded by
 * family == APR_UNIX) and tomcat9-apr-resolved-family. Written for sockcheck; no third-party code.
 */
final class AprBind {

  long bind(String unixPath, String host, int port, long pool) throws Exception {
    int family;
    String hostname = host;
    if (unixPath != null) {
      hostname = unixPath;
      family = Socket.APR_UNIX;
    } else {
      family = Socket.APR_UNSPEC;
    }
    long address = Address.info(hostname, family, port, 0, pool);
    long socket;
    if (family == Socket.APR_UNIX) {
      socket = Socket.create(family, Socket.SOCK_STREAM, 0, pool); // site: subset-apr-guarded-unix
    } else {
      int resolved = Address.getInfo(address).family;
      socket = Socket.create(resolved, Socket.SOCK_STREAM, Socket.APR_PROTO_TCP, pool); // site: subset-apr-resolved
    }
    return socket;
  }
}
