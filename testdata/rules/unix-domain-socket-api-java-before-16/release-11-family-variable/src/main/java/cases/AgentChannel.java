package cases;

import io.netty.channel.Channel;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.nio.channels.spi.SelectorProvider;

/** The family comes from a field, set once from the configuration's choice of a local agent socket. */
public class AgentChannel {
  private static final SocketProtocolFamily AGENT_FAMILY = agentFamily();

  private static SocketProtocolFamily agentFamily() {
    return SocketProtocolFamily.UNIX;
  }

  public static Channel client() {
    return new NioSocketChannel(SelectorProvider.provider(), AGENT_FAMILY); // expect: unix-domain-socket-api-java-before-16
  }
}
