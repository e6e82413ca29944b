package com.example.demo;

import io.netty.channel.epoll.EpollDatagramChannel;

/**
 * The UDP channel the gateway's DNS resolver uses (Netty epoll transport). Without a family it is an IPv6
 * socket on hosts with IPv6, the kind Netty 4.2.8-4.2.9 cannot create on kernels before 4.20.
 */
final class DnsTransport {

  EpollDatagramChannel newChannel() {
    return new EpollDatagramChannel();
  }
}
