package corpus.fd;

import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.unix.Socket;

/**
 * Re-creates corpus site netty-test-own-dgram-socket: the fd is a socket this method just created.
 * Written for sockcheck; no third-party code.
 */
final class OwnDatagramSocket {

  EpollDatagramChannel open() {
    Socket udp = Socket.newSocketDgram();
    return new EpollDatagramChannel(udp.intValue()); // site: subset-own-socket-fd
  }
}
