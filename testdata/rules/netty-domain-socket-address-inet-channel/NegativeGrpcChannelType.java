package fixtures.nettydomainsocketaddressinetchannel;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;

/** Near misses: the domain channel type (grpc-java #1539), and grpc's default, which is not followed. */
final class NegativeGrpcChannelType {

  ManagedChannel domainChannelType(EventLoopGroup group) {
    return NettyChannelBuilder.forAddress(new DomainSocketAddress("/run/grpc.sock"))
        .eventLoopGroup(group)
        .channelType(EpollDomainSocketChannel.class)
        .usePlaintext()
        .build();
  }

  ManagedChannel defaultChannelType() {
    return NettyChannelBuilder.forAddress(new DomainSocketAddress("/run/grpc.sock"))
        .usePlaintext()
        .build();
  }
}
