package io.github.sockcheck.cli.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sockcheck.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input through the command line: what the user sees and the exit code. */
class CliBadInputTest {

  @TempDir Path dir;

  @Test
  void anUnparseableBaselineExitsWithTwoAndIsNeverOverwritten() throws Exception {
    Files.writeString(dir.resolve("requirements.txt"), "gunicorn==20.0.2\n");
    Path baseline = dir.resolve("sockcheck-baseline.json");
    byte[] broken = "not json at all {".getBytes(StandardCharsets.UTF_8);
    Files.write(baseline, broken);
    Path sarif = dir.resolve("out.sarif");

    CliRun r =
        CliRun.of(
            "scan",
            "--root",
            dir.toString(),
            "--baseline",
            baseline.toString(),
            "--write-baseline",
            baseline.toString(),
            "--sarif",
            sarif.toString(),
            dir.toString());

    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(
        r.err().contains(baseline.toString()) && r.err().contains("not a valid baseline"), r.err());
    assertArrayEquals(broken, Files.readAllBytes(baseline), "the broken baseline was modified");
    assertFalse(Files.exists(sarif), "no report is written for a scan that did not run");
  }

  @Test
  void aBadFileIsNamedOnTheConsoleAndTheGoodFindingIsStillReported() throws Exception {
    Files.writeString(dir.resolve("requirements.txt"), "gunicorn==20.0.2\n");
    Path java = dir.resolve("src/main/java/bad/Broken.java");
    Files.createDirectories(java.getParent());
    // It calls DatagramChannel.open(), so the pre-filter sends it to the parser (files that mention
    // nothing a
    // rule looks for are never parsed, and so never reported).
    Files.writeString(
        java,
        "package bad;\nclass Broken { Object c = java.nio.channels.DatagramChannel.open(; }\n");
    Path sarif = dir.resolve("out.sarif");

    CliRun r =
        CliRun.of("scan", "--root", dir.toString(), "--sarif", sarif.toString(), dir.toString());

    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(
        r.out().contains("requirements.txt:1:") && r.out().contains("[gunicorn-socketfromfd-20-0]"),
        r.out());
    assertTrue(
        r.out()
            .lines()
            .anyMatch(
                l -> l.contains("src/main/java/bad/Broken.java:2:") && l.endsWith("[sockcheck]")),
        r.out());
    JsonNode notes =
        new ObjectMapper()
            .readTree(sarif.toFile())
            .path("runs")
            .path(0)
            .path("invocations")
            .path(0)
            .path("toolExecutionNotifications");
    boolean named = false;
    for (JsonNode n : notes) {
      JsonNode at = n.path("locations").path(0).path("physicalLocation");
      named |=
          at.path("artifactLocation").path("uri").asText().equals("src/main/java/bad/Broken.java")
              && at.path("region").path("startLine").asInt() == 2;
    }
    assertTrue(named, notes.toPrettyString());
  }

  @Test
  void aFifoNamedOnTheCommandLineIsRefusedNotOpened() throws Exception {
    Path fifo = dir.resolve("requirements.txt");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
    p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    skipUnless(p.waitFor() == 0, "aFifoNamedOnTheCommandLineIsRefusedNotOpened needs mkfifo");

    CliRun r =
        CliRun.of(
            "scan", "--root", dir.toString(), fifo.toString()); // would block forever if opened

    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("not a regular file or directory: " + fifo), r.err());
  }

  /**
   * Skips the test and says so in the build output: surefire prints an assumption's message only to
   * its reports.
   */
  private static void skipUnless(boolean condition, String why) {
    if (!condition) System.err.println("[sockcheck test] SKIPPED CliBadInputTest: " + why);
    org.junit.jupiter.api.Assumptions.assumeTrue(condition, why);
  }
}
