package fixtures.nettydomainsocketaddressinetchannel;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.ReflectiveChannelFactory;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.kqueue.KQueueSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import java.net.SocketAddress;

/** A Unix-domain address handed to a bootstrap that opens an IP socket. */
final class PositiveIpChannelClass {
  private final Bootstrap configured;

  PositiveIpChannelClass(EventLoopGroup group, ChannelHandler handler) {
    configured = new Bootstrap().group(group).channel(EpollSocketChannel.class).handler(handler);
  }

  ChannelFuture fluent(EventLoopGroup group, ChannelHandler handler) {
    return new Bootstrap()
        .group(group)
        .channel(EpollSocketChannel.class)
        .handler(handler)
        .connect(new DomainSocketAddress("/run/app.sock")); // expect: netty-domain-socket-address-inet-channel
  }

  ChannelFuture local(EventLoopGroup group, ChannelHandler handler) {
    Bootstrap b = new Bootstrap();
    b.group(group);
    b.channel(NioSocketChannel.class);
    b.handler(handler);
    SocketAddress address = new DomainSocketAddress("/run/app.sock");
    return b.connect(address); // expect: netty-domain-socket-address-inet-channel
  }

  ChannelFuture field() {
    return configured.connect(new DomainSocketAddress("/run/app.sock")); // expect: netty-domain-socket-address-inet-channel
  }

  ChannelFuture kqueue(EventLoopGroup group, ChannelHandler handler) {
    Bootstrap b = new Bootstrap().group(group).channel(KQueueSocketChannel.class).handler(handler);
    return b.connect(new DomainSocketAddress("/run/app.sock"), null); // expect: netty-domain-socket-address-inet-channel
  }

  ChannelFuture factory(EventLoopGroup group, ChannelHandler handler) {
    return new Bootstrap()
        .group(group)
        .channelFactory(new ReflectiveChannelFactory<>(EpollSocketChannel.class))
        .handler(handler)
        .connect(new DomainSocketAddress("/run/app.sock")); // expect: netty-domain-socket-address-inet-channel
  }

  ChannelFuture listen(EventLoopGroup group, ChannelHandler handler) {
    ServerBootstrap server = new ServerBootstrap();
    server.group(group).channel(EpollServerSocketChannel.class).childHandler(handler);
    return server.bind(new DomainSocketAddress("/run/app.sock")); // expect: netty-domain-socket-address-inet-channel
  }
}
