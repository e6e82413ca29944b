package corpus.inherited;

import io.netty.channel.socket.nio.NioDatagramChannel;
import java.io.IOException;
import java.nio.channels.Channel;
import java.nio.channels.DatagramChannel;

/**
 * Re-creates corpus site micronaut-inherited-datagram: the inherited channel, when it is a datagram
 * channel, is served by Netty (which sends replies on it). Written for sockcheck; no third-party code.
 */
final class InheritedUdp {

  NioDatagramChannel serve() throws IOException {
    Channel inherited = System.inheritedChannel(); // site: subset-inherited-as-datagram
    if (!(inherited instanceof DatagramChannel udp)) {
      throw new IllegalArgumentException("stdin is not a datagram socket");
    }
    return new NioDatagramChannel(udp);
  }
}
