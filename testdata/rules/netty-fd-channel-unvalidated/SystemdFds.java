package fixtures.nettyfdchannelunvalidated;

/** sd_listen_fds(3): passed sockets start at fd 3; LISTEN_PID must be this process. */
final class SystemdFds {
  static final int SD_LISTEN_FDS_START = 3;

  private SystemdFds() {}

  /** Number of sockets systemd passed to this process, 0 when none. */
  static int listenFds() {
    String pid = System.getenv("LISTEN_PID");
    String fds = System.getenv("LISTEN_FDS");
    if (pid == null || fds == null || Long.parseLong(pid) != ProcessHandle.current().pid()) {
      return 0;
    }
    return Integer.parseInt(fds);
  }
}
