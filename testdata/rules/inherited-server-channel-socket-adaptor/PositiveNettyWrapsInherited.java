package fixtures.inheritedserverchannelsocketadaptor;

import io.netty.channel.Channel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * Socket activation with Netty's NIO transport (Micronaut's shape): the inherited channel is wrapped in a
 * Netty channel whose constructor reads its socket() adaptor.
 */
final class PositiveNettyWrapsInherited {

  Channel listener() throws IOException {
    java.nio.channels.Channel inherited = System.inheritedChannel(); // expect: inherited-server-channel-socket-adaptor
    if (!(inherited instanceof ServerSocketChannel ssc)) {
      throw new IllegalArgumentException("stdin is not a listening socket");
    }
    return new NioServerSocketChannel(ssc);
  }

  Channel acceptedConnection(Channel parent) throws IOException {
    SocketChannel connection = (SocketChannel) System.inheritedChannel(); // expect: inherited-server-channel-socket-adaptor
    return new NioSocketChannel(parent, connection);
  }
}
