package fixtures.jnrfromfdunchecked;

import com.sun.jna.Library;
import com.sun.jna.Native;

/** libc socket API bound through JNA; numbers as in Linux's <sys/socket.h>. */
interface Libc extends Library {
  Libc INSTANCE = Native.load("c", Libc.class);

  int AF_UNIX = 1;
  int SOCK_STREAM = 1;

  int socket(int domain, int type, int protocol);
}
