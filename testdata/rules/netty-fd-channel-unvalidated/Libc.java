package fixtures.nettyfdchannelunvalidated;

import com.sun.jna.Library;
import com.sun.jna.Native;

/** The few libc calls the service needs, bound through JNA. */
interface Libc extends Library {
  Libc INSTANCE = Native.load("c", Libc.class);

  int AF_INET = 2;
  int AF_INET6 = 10;
  int SOCK_STREAM = 1;
  int SOCK_DGRAM = 2;

  int socket(int domain, int type, int protocol);

  int close(int fd);
}
