package io.github.sockcheck.scan.repro;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import java.nio.channels.UnsupportedAddressTypeException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failure {@code netty-domain-socket-address-inet-channel} reports, run against the real Netty
 * jars of the fixtures (4.2.10.Final, Linux epoll natives): a {@code DomainSocketAddress} on an IP
 * socket channel fails, on a domain socket channel it connects. The epoll cases are skipped where
 * the epoll transport cannot load (not Linux x86_64).
 */
class DomainSocketAddressOnIpChannelTest {

  /** 22 bytes and more: the kernel reads the family and rejects it (Linux, IPv6 socket). */
  private static final String LONG_PATH = "0123456789-long-enough.sock";

  /** Shorter than the smallest IPv6 socket address: the kernel rejects the length first. */
  private static final String SHORT_PATH = "s.sock";

  @TempDir Path dir;

  private static Throwable connect(
      EventLoopGroup group, Class<? extends Channel> type, DomainSocketAddress address)
      throws InterruptedException {
    ChannelFuture f =
        new Bootstrap()
            .group(group)
            .channel(type)
            .handler(new ChannelInboundHandlerAdapter())
            .connect(address);
    assertTrue(f.await(10, TimeUnit.SECONDS), "connect did not complete");
    if (f.isSuccess()) f.channel().close().syncUninterruptibly();
    return f.cause();
  }

  private static ChannelFuture bind(
      EventLoopGroup group, Class<? extends ServerChannel> type, DomainSocketAddress address)
      throws InterruptedException {
    ChannelFuture f =
        new ServerBootstrap()
            .group(group)
            .channel(type)
            .childHandler(new ChannelInboundHandlerAdapter())
            .bind(address);
    assertTrue(f.await(10, TimeUnit.SECONDS), "bind did not complete");
    return f;
  }

  @Test
  void epollIpChannelsRejectTheAddress() throws Exception {
    assumeTrue(Epoll.isAvailable(), () -> "epoll unavailable: " + Epoll.unavailabilityCause());
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, EpollIoHandler.newFactory());
    try {
      Throwable longPath =
          connect(group, EpollSocketChannel.class, new DomainSocketAddress(LONG_PATH));
      assertNotNull(longPath);
      assertTrue(
          longPath.getMessage().contains("Address family not supported by protocol"),
          longPath::toString);
      Throwable shortPath =
          connect(group, EpollSocketChannel.class, new DomainSocketAddress(SHORT_PATH));
      assertNotNull(shortPath);
      assertTrue(shortPath.getMessage().contains("Invalid argument"), shortPath::toString);
      Throwable bound =
          bind(group, EpollServerSocketChannel.class, new DomainSocketAddress(LONG_PATH)).cause();
      assertNotNull(bound);
      assertTrue(
          bound.getMessage().contains("Address family not supported by protocol"), bound::toString);
    } finally {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
  }

  @Test
  void epollDomainChannelsConnect() throws Exception {
    assumeTrue(Epoll.isAvailable(), () -> "epoll unavailable: " + Epoll.unavailabilityCause());
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, EpollIoHandler.newFactory());
    try {
      DomainSocketAddress address = new DomainSocketAddress(dir.resolve("app.sock").toFile());
      ChannelFuture server = bind(group, EpollServerDomainSocketChannel.class, address);
      assertNull(server.cause());
      assertNull(connect(group, EpollDomainSocketChannel.class, address));
      server.channel().close().syncUninterruptibly();
    } finally {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
  }

  @Test
  void nioIpChannelsRejectTheAddress() throws Exception {
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    try {
      assertInstanceOf(
          UnsupportedAddressTypeException.class,
          connect(group, NioSocketChannel.class, new DomainSocketAddress(LONG_PATH)));
      assertInstanceOf(
          UnsupportedAddressTypeException.class,
          bind(group, NioServerSocketChannel.class, new DomainSocketAddress(LONG_PATH)).cause());
    } finally {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
  }
}
