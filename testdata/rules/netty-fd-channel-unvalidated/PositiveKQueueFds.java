package fixtures.nettyfdchannelunvalidated;

import io.netty.channel.kqueue.KQueueDatagramChannel;
import io.netty.channel.kqueue.KQueueDomainDatagramChannel;
import io.netty.channel.kqueue.KQueueDomainSocketChannel;
import io.netty.channel.kqueue.KQueueServerSocketChannel;
import io.netty.channel.kqueue.KQueueSocketChannel;
import java.util.Map;

/** launchd hands sockets over by number in the job's environment (macOS / BSD). */
final class PositiveKQueueFds {
  private final Map<String, String> env;

  PositiveKQueueFds(Map<String, String> env) {
    this.env = env;
  }

  private int fd(String name) {
    return Integer.parseInt(env.getOrDefault(name, "-1"));
  }

  KQueueServerSocketChannel listener() {
    return new KQueueServerSocketChannel(fd("LISTEN_FD")); // expect: netty-fd-channel-unvalidated
  }

  KQueueSocketChannel client(int fd) {
    return new KQueueSocketChannel(fd); // expect: netty-fd-channel-unvalidated
  }

  KQueueDatagramChannel statsd() {
    return new KQueueDatagramChannel(fd("STATSD_FD")); // expect: netty-fd-channel-unvalidated
  }

  KQueueDomainSocketChannel agent(int fd) {
    return new KQueueDomainSocketChannel(fd); // expect: netty-fd-channel-unvalidated
  }

  KQueueDomainDatagramChannel logSink() {
    return new KQueueDomainDatagramChannel(SystemdFds.SD_LISTEN_FDS_START); // expect: netty-fd-channel-unvalidated
  }
}
