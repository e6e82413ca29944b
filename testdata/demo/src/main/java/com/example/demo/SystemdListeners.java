package com.example.demo;

import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import java.util.Map;

/** Takes the listening sockets systemd passed (ListenStream= in gateway.socket), see sd_listen_fds(3). */
final class SystemdListeners {
  static final int SD_LISTEN_FDS_START = 3;

  private final Map<String, String> env;

  SystemdListeners(Map<String, String> env) {
    this.env = env;
  }

  int count() {
    String pid = env.get("LISTEN_PID");
    String fds = env.get("LISTEN_FDS");
    if (pid == null || fds == null || Long.parseLong(pid) != ProcessHandle.current().pid()) {
      return 0;
    }
    return Integer.parseInt(fds);
  }

  /** First socket: the public HTTP port. */
  EpollServerSocketChannel httpListener() {
    if (count() < 1) {
      throw new IllegalStateException("gateway.socket passed no sockets");
    }
    int fd = SD_LISTEN_FDS_START;
    return new EpollServerSocketChannel(fd);
  }

  /** Second socket: the admin API on /run/gateway/admin.sock. */
  EpollServerDomainSocketChannel adminListener() {
    if (count() < 2) {
      throw new IllegalStateException("gateway.socket passed no admin socket");
    }
    return new EpollServerDomainSocketChannel(SD_LISTEN_FDS_START + 1);
  }
}
