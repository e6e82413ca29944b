package io.github.sockcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan --html FILE}: the HTML report next to (or instead of) SARIF. */
class HtmlOptionTest {

  private static final String FINDING_SOURCE =
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

  @TempDir Path dir;

  @Test
  void writesThePageWithTheFinding() throws IOException {
    Path html = dir.resolve("out/report.html");
    Run r = scan("--html", html.toString());
    assertEquals(1, r.code, r.err);
    String page = Files.readString(html);
    assertTrue(page.startsWith("<!DOCTYPE html>"), page);
    assertTrue(
        page.contains(
            "data-rule=\"netty-fd-channel-unvalidated\" data-file=\"src/main/java/demo/Server.java\" data-line=\"8\""));
    assertTrue(page.contains("<title>sockcheck report: " + dir.getFileName() + "</title>"));
  }

  @Test
  void anUnwritableFileIsAUsageErrorThatNamesIt() throws IOException {
    Path blocker = Files.writeString(dir.resolve("file"), "not a directory");
    Run r = scan("--html", blocker.resolve("report.html").toString());
    assertEquals(2, r.code, r.out);
    assertTrue(r.err.contains("cannot write HTML report " + blocker.resolve("report.html")), r.err);
  }

  @Test
  void helpMentionsIt() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Main.run(
        new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--html=FILE"));
  }

  private Run scan(String... options) throws IOException {
    Path file = dir.resolve("src/main/java/demo/Server.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, FINDING_SOURCE);
    String[] args = new String[options.length + 6];
    args[0] = "scan";
    System.arraycopy(options, 0, args, 1, options.length);
    System.arraycopy(
        new String[] {"--root", dir.toString(), "--engines", "source", dir.toString()},
        0,
        args,
        options.length + 1,
        5);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int code, String out, String err) {}
}
