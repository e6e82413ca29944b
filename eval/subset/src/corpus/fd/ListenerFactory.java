package corpus.fd;

import io.netty.channel.Channel;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.kqueue.KQueueServerDomainSocketChannel;

/**
 * Re-creates corpus sites micronaut-epoll-server-fd, micronaut-epoll-domain-server-active and
 * micronaut-kqueue-domain-server-inactive: a public factory that wraps a configured listener fd.
 * Written for sockcheck; no third-party code.
 */
public final class ListenerFactory {

  /** The fd comes from configuration (e.g. a {@code listener.fd} setting). */
  public Channel tcpListener(int configuredFd) {
    return new EpollServerSocketChannel(configuredFd); // site: subset-param-fd-server
  }

  public Channel unixListenerEpoll(int configuredFd) {
    return new EpollServerDomainSocketChannel(configuredFd, true); // site: subset-epoll-domain-server-active, subset-epoll-domain-server-fd
  }

  public Channel unixListenerKqueue(int configuredFd) {
    return new KQueueServerDomainSocketChannel(configuredFd); // site: subset-kqueue-domain-server-inactive, subset-kqueue-domain-server-fd
  }
}
