package cases;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.socket.nio.NioDomainSocketChannel;

/** Picks Netty's NIO Unix-domain channel class for the bootstrap; Netty constructs it reflectively. */
public class AgentChannel {
  public static Bootstrap bootstrap() {
    return new Bootstrap().channel(NioDomainSocketChannel.class); // expect: unix-domain-socket-api-java-before-16
  }
}
