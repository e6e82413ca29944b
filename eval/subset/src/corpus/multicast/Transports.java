package corpus.multicast;

import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioDatagramChannel;

/**
 * Re-creates corpus site reactor-vertx-dns-only (with {@link DatagramSockets}): the family-less factory
 * serves DNS only; the multicast-capable socket uses the family overload. Written for sockcheck; no
 * third-party code.
 */
final class Transports {

  DatagramChannel datagramChannel() {
    return new NioDatagramChannel(); // site: subset-dns-only-factory
  }

  DatagramChannel datagramChannel(SocketProtocolFamily family) {
    return new NioDatagramChannel(family);
  }
}
