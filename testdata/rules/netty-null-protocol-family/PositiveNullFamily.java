package fixtures.nettynullprotocolfamily;

import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.epoll.LinuxSocket;
import io.netty.channel.kqueue.KQueueDatagramChannel;
import io.netty.channel.kqueue.KQueueSocketChannel;
import io.netty.channel.socket.InternetProtocolFamily;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.channel.uring.IoUringDatagramChannel;
import io.netty.incubator.channel.uring.IOUringDatagramChannel;
import java.nio.channels.spi.SelectorProvider;

/** Channel factories that look explicit but hand the family choice back to the OS. */
final class PositiveNullFamily {
  private static final SocketProtocolFamily DEFAULT_FAMILY = null;

  EpollServerSocketChannel server() {
    return new EpollServerSocketChannel((SocketProtocolFamily) null); // expect: netty-null-protocol-family
  }

  @SuppressWarnings("deprecation")
  EpollServerSocketChannel legacyServer() {
    return new EpollServerSocketChannel((InternetProtocolFamily) null); // expect: netty-null-protocol-family
  }

  EpollSocketChannel client() {
    SocketProtocolFamily family = null;
    return new EpollSocketChannel(family); // expect: netty-null-protocol-family
  }

  EpollDatagramChannel datagram() {
    return new EpollDatagramChannel(DEFAULT_FAMILY); // expect: netty-null-protocol-family
  }

  KQueueSocketChannel kqueueClient() {
    return new KQueueSocketChannel((SocketProtocolFamily) null); // expect: netty-null-protocol-family
  }

  KQueueDatagramChannel kqueueDatagram() {
    return new KQueueDatagramChannel((SocketProtocolFamily) (null)); // expect: netty-null-protocol-family
  }

  IoUringDatagramChannel uringDatagram() {
    return new IoUringDatagramChannel((SocketProtocolFamily) null); // expect: netty-null-protocol-family
  }

  @SuppressWarnings("deprecation")
  IOUringDatagramChannel incubatorDatagram() {
    return new IOUringDatagramChannel((InternetProtocolFamily) null); // expect: netty-null-protocol-family
  }

  NioDatagramChannel nioDatagram() {
    return new NioDatagramChannel((SocketProtocolFamily) null); // expect: netty-null-protocol-family
  }

  NioServerSocketChannel nioServer(SelectorProvider provider) {
    return new NioServerSocketChannel(provider, (SocketProtocolFamily) null); // expect: netty-null-protocol-family
  }

  NioSocketChannel nioClient() {
    return new NioSocketChannel(SelectorProvider.provider(), (SocketProtocolFamily) null); // expect: netty-null-protocol-family
  }

  /** The no-argument LinuxSocket factories pick the family from Socket.isIPv6Preferred(). */
  LinuxSocket rawStream() {
    return LinuxSocket.newSocketStream(); // expect: netty-null-protocol-family
  }

  LinuxSocket rawDatagram() {
    return LinuxSocket.newSocketDgram(); // expect: netty-null-protocol-family
  }
}
