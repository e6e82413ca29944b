package corpus.raw;

import java.io.IOException;

/**
 * Re-creates corpus sites runelite-icmp-dgram and runelite-icmp-protocol-not-family: an ICMP datagram
 * socket with every value explicit. Written for sockcheck; no third-party code.
 */
final class IcmpPing {

  private final IcmpLibc libc;

  IcmpPing(IcmpLibc libc) {
    this.libc = libc;
  }

  int open() throws IOException {
    int sock = libc.socket(IcmpLibc.AF_INET, IcmpLibc.SOCK_DGRAM, IcmpLibc.IPPROTO_ICMP); // site: subset-icmp-dgram, subset-icmp-protocol-not-family
    if (sock < 0) throw new IOException("no ICMP socket");
    return sock;
  }
}
