package fixtures.nettydomainsocketaddressinetchannel;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.ReflectiveChannelFactory;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.kqueue.KQueueDomainSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/** Near misses: domain channels, IP addresses, and channel classes the code does not name. */
final class NegativeDomainOrUnknownChannelClass {

  ChannelFuture epollDomain(EventLoopGroup group, ChannelHandler handler) {
    return new Bootstrap()
        .group(group)
        .channel(EpollDomainSocketChannel.class)
        .handler(handler)
        .connect(new DomainSocketAddress("/run/app.sock"));
  }

  ChannelFuture kqueueDomain(EventLoopGroup group, ChannelHandler handler) {
    Bootstrap b = new Bootstrap().group(group).channel(KQueueDomainSocketChannel.class);
    b.handler(handler);
    return b.connect(new DomainSocketAddress("/run/app.sock"));
  }

  /** The class and the address chosen on the same test: each path is consistent. */
  ChannelFuture pathChosenByOneSetting(EventLoopGroup group, ChannelHandler handler, String udsPath) {
    Bootstrap b = new Bootstrap().group(group).handler(handler);
    if (udsPath != null) {
      b.channel(EpollDomainSocketChannel.class);
    } else {
      b.channel(EpollSocketChannel.class);
    }
    SocketAddress address;
    if (udsPath != null) {
      address = new DomainSocketAddress(udsPath);
    } else {
      address = new InetSocketAddress("localhost", 8080);
    }
    return b.connect(address);
  }

  ChannelFuture listenDomain(EventLoopGroup group, ChannelHandler handler) {
    ServerBootstrap server = new ServerBootstrap();
    server.group(group).channel(EpollServerDomainSocketChannel.class).childHandler(handler);
    return server.bind(new DomainSocketAddress("/run/app.sock"));
  }

  ChannelFuture domainFactory(EventLoopGroup group, ChannelHandler handler) {
    return new Bootstrap()
        .group(group)
        .channelFactory(new ReflectiveChannelFactory<>(EpollDomainSocketChannel.class))
        .handler(handler)
        .connect(new DomainSocketAddress("/run/app.sock"));
  }

  /** A factory that is not reflective: its class is not followed. */
  ChannelFuture lambdaFactory(EventLoopGroup group, ChannelHandler handler) {
    return new Bootstrap()
        .group(group)
        .channelFactory(() -> new EpollSocketChannel())
        .handler(handler)
        .connect(new DomainSocketAddress("/run/app.sock"));
  }

  ChannelFuture inetAddress(EventLoopGroup group, ChannelHandler handler) {
    return new Bootstrap()
        .group(group)
        .channel(EpollSocketChannel.class)
        .handler(handler)
        .connect(new InetSocketAddress("localhost", 8080));
  }

  /** The class comes from the caller: unknown here, so nothing is claimed. */
  ChannelFuture unknownClass(
      EventLoopGroup group, Class<? extends Channel> type, ChannelHandler handler) {
    return new Bootstrap()
        .group(group)
        .channel(type)
        .handler(handler)
        .connect(new DomainSocketAddress("/run/app.sock"));
  }

  /** A bootstrap from outside: its channel class is unknown. */
  ChannelFuture unknownBootstrap(Bootstrap configuredElsewhere) {
    return configuredElsewhere.connect(new DomainSocketAddress("/run/app.sock"));
  }

  /** An address from outside: it may be an InetSocketAddress. */
  ChannelFuture unknownAddress(EventLoopGroup group, SocketAddress address, ChannelHandler handler) {
    return new Bootstrap()
        .group(group)
        .channel(EpollSocketChannel.class)
        .handler(handler)
        .connect(address);
  }
}
