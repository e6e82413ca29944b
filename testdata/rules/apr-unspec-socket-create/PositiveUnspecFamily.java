package fixtures.aprunspecsocketcreate;

import org.apache.tomcat.jni.Address;
import org.apache.tomcat.jni.Pool;
import org.apache.tomcat.jni.Socket;

/** An AJP health checker on tomcat-native that lets APR pick the family. */
final class PositiveUnspecFamily {
  private static final int ANY_FAMILY = 0;

  private final long pool = Pool.create(0);

  long connect(String host, int port) throws Exception {
    long sock = Socket.create(Socket.APR_UNSPEC, Socket.SOCK_STREAM, Socket.APR_PROTO_TCP, pool); // expect: apr-unspec-socket-create
    long addr = Address.info(host, Socket.APR_UNSPEC, port, 0, pool);
    int rv = Socket.connect(sock, addr);
    if (rv != 0) {
      throw new IllegalStateException("connect failed: " + rv);
    }
    return sock;
  }

  long udpProbe() throws Exception {
    return Socket.create(0, Socket.SOCK_DGRAM, Socket.APR_PROTO_UDP, pool); // expect: apr-unspec-socket-create
  }

  long configuredDefault() throws Exception {
    return Socket.create(ANY_FAMILY, Socket.SOCK_STREAM, Socket.APR_PROTO_TCP, pool); // expect: apr-unspec-socket-create
  }
}
