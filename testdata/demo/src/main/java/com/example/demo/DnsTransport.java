package com.example.demo;

import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.socket.SocketProtocolFamily;

/** The UDP channel the gateway's DNS resolver uses (Netty epoll transport). */
final class DnsTransport {

  EpollDatagramChannel newChannel() {
    return new EpollDatagramChannel(SocketProtocolFamily.INET);
  }
}
