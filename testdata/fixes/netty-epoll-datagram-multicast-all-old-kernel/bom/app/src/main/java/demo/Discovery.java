package demo;

import io.netty.channel.epoll.EpollDatagramChannel;

/** Creating the channel is what fails on Linux < 4.20 with Netty 4.2.8/4.2.9. */
class Discovery {
  EpollDatagramChannel channel() {
    return new EpollDatagramChannel();
  }
}
