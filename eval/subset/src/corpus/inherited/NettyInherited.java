package corpus.inherited;

import io.netty.channel.Channel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.io.IOException;
import java.nio.channels.ServerSocketChannel;

/**
 * Re-creates corpus site micronaut-inherited-server-netty-socket: the inherited listener is handed to
 * Netty's NioServerSocketChannel(ServerSocketChannel), whose constructor calls socket() on it.
 * Written for sockcheck; no third-party code.
 */
final class NettyInherited {

  Channel listener() throws IOException {
    java.nio.channels.Channel inherited = System.inheritedChannel(); // site: subset-inherited-into-netty
    if (!(inherited instanceof ServerSocketChannel server)) {
      throw new IllegalArgumentException("stdin is not a listening socket");
    }
    return new NioServerSocketChannel(server);
  }
}
