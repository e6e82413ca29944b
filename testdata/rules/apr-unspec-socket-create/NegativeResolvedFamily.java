package fixtures.aprunspecsocketcreate;

import org.apache.tomcat.jni.Address;
import org.apache.tomcat.jni.Pool;
import org.apache.tomcat.jni.Socket;

/** Resolve first, then create the socket with the address's family (as Tomcat's AprEndpoint does). */
final class NegativeResolvedFamily {
  private final long pool = Pool.create(0);

  long connect(String host, int port) throws Exception {
    long addr = Address.info(host, Socket.APR_UNSPEC, port, 0, pool);
    long sock = Socket.create(Address.getInfo(addr).family, Socket.SOCK_STREAM, Socket.APR_PROTO_TCP, pool);
    Socket.connect(sock, addr);
    return sock;
  }

  /** SOCK_STREAM is 0 in tomcat-native: a real type, not a sentinel. */
  long ipv4Stream() throws Exception {
    return Socket.create(Socket.APR_INET, 0, Socket.APR_PROTO_TCP, pool);
  }

  long ipv6Datagram() throws Exception {
    return Socket.create(Socket.APR_INET6, Socket.SOCK_DGRAM, 0, pool);
  }
}
