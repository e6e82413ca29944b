package corpus.multicast;

import io.netty.channel.Channel;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;

/**
 * Re-creates corpus site reactor-default-loop-nio-datagram (with {@link UdpJoin}): a default factory
 * makes family-less datagram channels; another class joins the one it got. Written for sockcheck; no
 * third-party code.
 */
final class DefaultLoop {

  @SuppressWarnings("unchecked")
  <C extends Channel> C newChannel(Class<C> kind) {
    if (kind.equals(DatagramChannel.class)) {
      return (C) new NioDatagramChannel(); // site: subset-factory-other-class-join
    }
    throw new IllegalArgumentException("unsupported channel type " + kind.getSimpleName());
  }
}
