package fixtures.nettydomainsocketaddressinetchannel;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.NettyServerBuilder;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;

/** grpc-netty builders on a Unix-domain address with an IP channel type. */
final class PositiveGrpcChannelType {

  ManagedChannel client(EventLoopGroup group) {
    return NettyChannelBuilder.forAddress(new DomainSocketAddress("/run/grpc.sock")) // expect: netty-domain-socket-address-inet-channel
        .eventLoopGroup(group)
        .channelType(EpollSocketChannel.class)
        .usePlaintext()
        .build();
  }

  Server server(EventLoopGroup boss, EventLoopGroup workers) {
    NettyServerBuilder builder =
        NettyServerBuilder.forAddress(new DomainSocketAddress("/run/grpc.sock")); // expect: netty-domain-socket-address-inet-channel
    builder.channelType(EpollServerSocketChannel.class);
    builder.bossEventLoopGroup(boss).workerEventLoopGroup(workers);
    return builder.build();
  }
}
