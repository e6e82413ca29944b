package fixtures.rawsocketfamilyasprotocol;

import com.sun.jna.Library;
import com.sun.jna.Native;

/** libc socket API bound through JNA; numbers as in Linux's <sys/socket.h> and <netinet/in.h>. */
public interface Libc extends Library {
  Libc INSTANCE = Native.load("c", Libc.class);

  int AF_INET = 2;
  int AF_INET6 = 10;
  int PF_INET = AF_INET;
  int PF_INET6 = AF_INET6;
  int SOCK_STREAM = 1;
  int SOCK_DGRAM = 2;
  int SOCK_RAW = 3;
  int IPPROTO_ICMP = 1;
  int IPPROTO_UDP = 17;

  int socket(int domain, int type, int protocol);
}
