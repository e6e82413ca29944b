package io.github.sockcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan --html FILE}: the HTML report next to (or instead of) SARIF. */
class HtmlOptionTest {

  @TempDir Path dir;

  @Test
  void writesThePageWithTheFinding() throws IOException {
    Path html = dir.resolve("out/report.html");
    CliRun r = scan("--html", html.toString());
    assertEquals(1, r.code(), r.err());
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
    CliRun r = scan("--html", blocker.resolve("report.html").toString());
    assertEquals(2, r.code(), r.out());
    assertTrue(
        r.err().contains("cannot write HTML report " + blocker.resolve("report.html")), r.err());
  }

  @Test
  void helpMentionsIt() {
    assertTrue(CliRun.of("--help").out().contains("--html=FILE"));
  }

  private CliRun scan(String... options) throws IOException {
    DemoServer.write(dir, DemoServer.FINDING_SOURCE);
    return DemoServer.scanWithSourceEngine(dir, options);
  }
}
