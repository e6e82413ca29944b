package fixtures.inheritedserverchannelsocketadaptor;

import io.netty.channel.Channel;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import java.io.IOException;
import java.nio.channels.ServerSocketChannel;

/** Netty's domain-socket wrapper uses the channel API only (getLocalAddress), never socket(). */
final class NegativeNettyDomainWrapper {

  Channel domainListener() throws IOException {
    java.nio.channels.Channel inherited = System.inheritedChannel();
    if (!(inherited instanceof ServerSocketChannel ssc)) {
      throw new IllegalArgumentException("stdin is not a listening socket");
    }
    return new NioServerDomainSocketChannel(ssc);
  }
}
