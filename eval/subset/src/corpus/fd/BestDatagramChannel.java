package corpus.fd;

import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketProtocolFamily;

/**
 * Re-creates corpus site drasyl-family-overload-not-fd: the one-argument constructor called here is the
 * protocol-family overload, not the fd one. Written for sockcheck; no third-party code.
 */
public final class BestDatagramChannel {

  private BestDatagramChannel() {}

  public static DatagramChannel forFamily(SocketProtocolFamily family) {
    return new EpollDatagramChannel(family); // site: subset-family-overload
  }
}
