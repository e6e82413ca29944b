package io.github.sockcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A project of one Java file, {@code src/main/java/demo/Server.java}, scanned with the source
 * engine alone.
 */
final class DemoServer {

  /**
   * A fd from the environment wrapped by Netty: found by netty-fd-channel-unvalidated (a warning)
   * at line 8.
   */
  static final String FINDING_SOURCE =
      """
      package demo;

      import io.netty.channel.epoll.EpollServerSocketChannel;

      class Server {
        EpollServerSocketChannel open() {
          int fd = Integer.parseInt(System.getenv("LISTEN_FD"));
          return new EpollServerSocketChannel(fd);
        }
      }
      """;

  static final String CLEAN_SOURCE =
      """
      package demo;

      class Server {
        int port() {
          return 8080;
        }
      }
      """;

  private DemoServer() {}

  /** Writes {@code source} as the project's one file below {@code dir}; returns {@code dir}. */
  static Path write(Path dir, String source) throws IOException {
    Path file = dir.resolve("src/main/java/demo/Server.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    return dir;
  }

  /** {@code scan options... --root dir --engines source dir}. */
  static CliRun scanWithSourceEngine(Path dir, String... options) {
    String[] args = new String[options.length + 6];
    args[0] = "scan";
    System.arraycopy(options, 0, args, 1, options.length);
    System.arraycopy(
        new String[] {"--root", dir.toString(), "--engines", "source", dir.toString()},
        0,
        args,
        options.length + 1,
        5);
    return CliRun.of(args);
  }
}
