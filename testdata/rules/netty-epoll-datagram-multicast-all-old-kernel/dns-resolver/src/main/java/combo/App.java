package combo;

import io.netty.channel.EventLoop;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.resolver.dns.DnsNameResolver;
import io.netty.resolver.dns.DnsNameResolverBuilder;

/**
 * Netty's DNS resolver on epoll: datagramChannelType wraps the class in a ReflectiveChannelFactory, which
 * calls EpollDatagramChannel(), a channel without a family.
 */
public class App {
  public static DnsNameResolver resolver(EventLoop loop) {
    return new DnsNameResolverBuilder(loop).datagramChannelType(EpollDatagramChannel.class).build();
  }
}
