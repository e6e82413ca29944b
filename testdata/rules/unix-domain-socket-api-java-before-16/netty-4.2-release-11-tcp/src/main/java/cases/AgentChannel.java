package cases;

import io.netty.channel.Channel;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.nio.channels.spi.SelectorProvider;

/** Talks to a local agent over a Unix domain socket with Netty's NIO transport. */
public class AgentChannel {
  public static Channel client() {
    return new NioSocketChannel(SelectorProvider.provider(), SocketProtocolFamily.INET6);
  }

  public static Channel tcpClient() {
    return new NioSocketChannel(SelectorProvider.provider(), SocketProtocolFamily.INET);
  }
}
