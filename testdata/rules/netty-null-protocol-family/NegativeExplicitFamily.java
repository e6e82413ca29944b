package fixtures.nettynullprotocolfamily;

import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.epoll.LinuxSocket;
import io.netty.channel.kqueue.KQueueDatagramChannel;
import io.netty.channel.socket.InternetProtocolFamily;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.uring.IoUringDatagramChannel;
import java.net.InetSocketAddress;
import java.nio.channels.spi.SelectorProvider;

/** The family is spelled out, or chosen from the address the channel will use. */
final class NegativeExplicitFamily {

  EpollServerSocketChannel server() {
    return new EpollServerSocketChannel(SocketProtocolFamily.INET6);
  }

  @SuppressWarnings("deprecation")
  EpollDatagramChannel legacyDatagram() {
    return new EpollDatagramChannel(InternetProtocolFamily.IPv4);
  }

  EpollSocketChannel clientFor(InetSocketAddress remote) {
    SocketProtocolFamily family = remote.getAddress() instanceof java.net.Inet6Address
        ? SocketProtocolFamily.INET6 : SocketProtocolFamily.INET;
    return new EpollSocketChannel(family);
  }

  KQueueDatagramChannel kqueueDatagram(SocketProtocolFamily configured) {
    return new KQueueDatagramChannel(configured);
  }

  IoUringDatagramChannel uringDatagram() {
    return new IoUringDatagramChannel(SocketProtocolFamily.INET);
  }

  NioDatagramChannel nioDatagram() {
    return new NioDatagramChannel(SocketProtocolFamily.INET);
  }

  NioServerSocketChannel nioServer() {
    return new NioServerSocketChannel(SelectorProvider.provider(), SocketProtocolFamily.INET6);
  }

  /** Wildcard dual-stack server: the no-argument constructor is the deliberate default. */
  EpollServerSocketChannel dualStack() {
    return new EpollServerSocketChannel();
  }

  LinuxSocket rawStream(boolean ipv6) {
    return LinuxSocket.newSocketStream(ipv6);
  }

  LinuxSocket rawDatagram() {
    return LinuxSocket.newSocketDgram(SocketProtocolFamily.INET);
  }
}
