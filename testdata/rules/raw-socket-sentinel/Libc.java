package fixtures.rawsocketsentinel;

import com.sun.jna.Library;
import com.sun.jna.Native;

/** libc socket API bound through JNA; numbers as in Linux's <sys/socket.h> and <netinet/in.h>. */
public interface Libc extends Library {
  Libc INSTANCE = Native.load("c", Libc.class);

  int AF_UNSPEC = 0;
  int AF_UNIX = 1;
  int AF_INET = 2;
  int AF_INET6 = 10;
  int SOCK_STREAM = 1;
  int SOCK_DGRAM = 2;
  int SOCK_RAW = 3;
  int IPPROTO_ICMP = 1;
  int IPPROTO_ICMPV6 = 58;

  int socket(int domain, int type, int protocol);

  int close(int fd);
}
