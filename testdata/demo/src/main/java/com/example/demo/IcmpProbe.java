package com.example.demo;

import com.sun.jna.Library;
import com.sun.jna.Native;

/** Upstream liveness check with a raw ICMP socket (needs CAP_NET_RAW). */
final class IcmpProbe {

  /** libc through JNA; numbers as in Linux's headers. */
  interface Libc extends Library {
    int AF_INET = 2;
    int SOCK_RAW = 3;

    int socket(int domain, int type, int protocol);

    int close(int fd);
  }

  private final Libc libc;

  IcmpProbe() {
    this.libc = Native.load("c", Libc.class);
  }

  /** Opens the probe socket; the protocol is left "to the kernel". */
  int openSocket() {
    int fd = libc.socket(Libc.AF_INET, Libc.SOCK_RAW, 0);
    if (fd < 0) {
      throw new IllegalStateException("socket() failed, errno " + Native.getLastError());
    }
    return fd;
  }

  void close(int fd) {
    libc.close(fd);
  }
}
