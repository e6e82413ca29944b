package corpus.jnr;

/** A minimal libc binding (JNA direct mapping style) for the re-creations. Written for sockcheck. */
final class Libc {

  private Libc() {}

  static native int socket(int domain, int type, int protocol);

  static native int close(int fd);
}
