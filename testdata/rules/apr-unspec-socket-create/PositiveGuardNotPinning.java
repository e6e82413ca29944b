package fixtures.aprunspecsocketcreate;

import org.apache.tomcat.jni.Pool;
import org.apache.tomcat.jni.Socket;

/** Tests that do not pin the family: APR_UNSPEC still reaches the call on some path. */
final class PositiveGuardNotPinning {
  private final long pool = Pool.create(0);

  /** The call is after the if, where both paths meet. */
  long afterTheTest(String unixPath) throws Exception {
    int family = unixPath != null ? Socket.APR_UNIX : Socket.APR_UNSPEC;
    if (family == Socket.APR_UNIX) {
      System.out.println("unix socket " + unixPath);
    }
    return Socket.create(family, Socket.SOCK_STREAM, 0, pool); // expect: apr-unspec-socket-create
  }

  /** Either test may be true: "or" pins nothing. */
  long eitherTest(boolean unix, boolean force) throws Exception {
    int family = unix ? Socket.APR_UNIX : Socket.APR_UNSPEC;
    if (force || family == Socket.APR_UNIX) {
      return Socket.create(family, Socket.SOCK_STREAM, 0, pool); // expect: apr-unspec-socket-create
    }
    return 0;
  }

  /** The family is assigned again after the test. */
  long reassigned(boolean unix, boolean any) throws Exception {
    int family = unix ? Socket.APR_UNIX : Socket.APR_INET;
    if (family == Socket.APR_UNIX) {
      if (any) family = Socket.APR_UNSPEC;
      return Socket.create(family, Socket.SOCK_STREAM, 0, pool); // expect: apr-unspec-socket-create
    }
    return 0;
  }
}
