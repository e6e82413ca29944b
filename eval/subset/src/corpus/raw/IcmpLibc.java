package corpus.raw;

/** A libc binding with the constants an unprivileged ICMP ping needs. Written for sockcheck. */
interface IcmpLibc {
  int AF_INET = 2;
  int SOCK_DGRAM = 2;
  int IPPROTO_ICMP = 1;

  int socket(int domain, int type, int protocol);
}
