package io.github.sockcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: exit codes, messages, output files. */
class MainTest {

  /**
   * A fd from the environment wrapped by Netty: found by netty-fd-channel-unvalidated (a warning).
   */
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

  private static final String CLEAN_SOURCE =
      """
      package demo;

      class Server {
        int port() {
          return 8080;
        }
      }
      """;

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
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

  private Path project(String source) throws IOException {
    Path file = dir.resolve("src/main/java/demo/Server.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    return dir;
  }

  @Test
  void cleanProjectExitsZero() throws IOException {
    project(CLEAN_SOURCE);
    Run r = run("scan", "--root", dir.toString(), "--engines", "source", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("sockcheck: 0 errors, 0 warnings, 0 notes"), r.out());
  }

  @Test
  void findingExitsOneAndPrintsTheCliShapeAndSarif() throws IOException {
    project(FINDING_SOURCE);
    Path sarif = dir.resolve("out/sockcheck.sarif");
    Run r =
        run(
            "scan",
            "--root",
            dir.toString(),
            "--engines",
            "source",
            "--sarif",
            sarif.toString(),
            dir.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    String expectedPath = dir.resolve("src/main/java/demo/Server.java").toString();
    assertTrue(r.out().contains(expectedPath + ":8:"), r.out());
    assertTrue(
        r.out().contains(": warning: ") && r.out().contains("[netty-fd-channel-unvalidated]"),
        r.out());
    String text = Files.readString(sarif);
    assertTrue(text.matches("(?s).*\"ruleId\"\\s*:\\s*\"netty-fd-channel-unvalidated\".*"), text);
  }

  @Test
  void sarifUrisAreRelativeToTheGitRootAboveTheProjectAndCarryNoCategoryByDefault()
      throws IOException {
    Path repo = dir;
    Files.createDirectories(repo.resolve(".git"));
    Path project = repo.resolve("services/gateway");
    Path file = project.resolve("src/main/java/demo/Server.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, FINDING_SOURCE);
    Path sarif = dir.resolve("out/sockcheck.sarif");
    Run r =
        run(
            "scan",
            "--root",
            project.toString(),
            "--engines",
            "source",
            "--sarif",
            sarif.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(
        r.out().contains(file.toString() + ":8:"), "console paths stay as they were: " + r.out());
    JsonNode run = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0");
    assertEquals(
        "services/gateway/src/main/java/demo/Server.java",
        run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals(repo.toUri().toString(), run.at("/originalUriBaseIds/%SRCROOT%/uri").asText());
    assertFalse(run.has("automationDetails"), run::toString);

    run(
        "scan",
        "--root",
        project.toString(),
        "--engines",
        "source",
        "--sarif",
        sarif.toString(),
        "--source-root",
        project.toString(),
        "--category",
        "gateway");
    run = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0");
    assertEquals(
        "src/main/java/demo/Server.java",
        run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals("gateway/", run.at("/automationDetails/id").asText());
  }

  @Test
  void aSourceRootBelowTheRootOrAnEmptyCategoryExitsTwo() throws IOException {
    project(FINDING_SOURCE);
    Run r =
        run(
            "scan",
            "--root",
            dir.toString(),
            "--engines",
            "source",
            "--source-root",
            dir.resolve("src").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("does not contain the scanned directory"), r.err());
    r = run("scan", "--root", dir.toString(), "--category", " ");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--category needs a name"), r.err());
  }

  @Test
  void failOnNoneAndFailOnErrorExitZeroForAWarning() throws IOException {
    project(FINDING_SOURCE);
    assertEquals(
        0,
        run(
                "scan",
                "--fail-on",
                "none",
                "--root",
                dir.toString(),
                "--engines",
                "source",
                dir.toString())
            .code());
    assertEquals(
        0,
        run(
                "scan",
                "--fail-on=error",
                "--root",
                dir.toString(),
                "--engines",
                "source",
                dir.toString())
            .code());
  }

  @Test
  void disabledRuleIsNotReported() throws IOException {
    project(FINDING_SOURCE);
    Run r =
        run(
            "scan",
            "--disable",
            "netty-fd-channel-unvalidated",
            "--root",
            dir.toString(),
            "--engines",
            "source",
            dir.toString());
    assertEquals(0, r.code(), r.out());
  }

  @Test
  void writeBaselineThenScanWithItExitsZero() throws IOException {
    project(FINDING_SOURCE);
    Path baseline = dir.resolve("sockcheck-baseline.json");
    assertEquals(
        0,
        run(
                "scan",
                "--write-baseline",
                baseline.toString(),
                "--root",
                dir.toString(),
                "--engines",
                "source",
                dir.toString())
            .code());
    assertTrue(Files.readString(baseline).contains("netty-fd-channel-unvalidated"));
    Run r =
        run(
            "scan",
            "--baseline",
            baseline.toString(),
            "--root",
            dir.toString(),
            "--engines",
            "source",
            dir.toString());
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().contains("1 suppressed"), r.out());
  }

  @Test
  void unknownOptionExitsTwo() {
    Run r = run("scan", "--frobnicate");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--frobnicate"), r.err());
  }

  @Test
  void unknownCommandAndMissingValueExitTwo() {
    assertEquals(2, run("scna").code());
    assertEquals(2, run().code());
    Run r = run("scan", "--sarif");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--sarif needs a value"), r.err());
    assertTrue(run("scan", "--fail-on", "loud").err().contains("error, warning, note or none"));
  }

  @Test
  void unknownRuleIdInDisableExitsTwoNamingIt() throws IOException {
    project(CLEAN_SOURCE);
    Run r = run("scan", "--disable", "no-such-rule", "--root", dir.toString(), dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no-such-rule"), r.err());
  }

  @Test
  void badRuleFileExitsTwoNamingTheFile() throws IOException {
    project(CLEAN_SOURCE);
    Path rules = Files.createDirectories(dir.resolve("my-rules"));
    Files.writeString(rules.resolve("my-rule.yaml"), "id: my-rule\nkind: call\ntitle: [unclosed\n");
    Run r = run("scan", "--rules", rules.toString(), "--root", dir.toString(), dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("my-rule.yaml"), r.err());
  }

  @Test
  void missingPathExitsTwo() {
    Run r = run("scan", "--root", dir.toString(), dir.resolve("nope").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("nope"), r.err());
  }

  @Test
  void helpDocumentsOptionsAndExitCodes() {
    Run r = run("--help");
    assertEquals(0, r.code());
    for (String word :
        new String[] {
          "--sarif",
          "--fail-on",
          "--rules",
          "--disable",
          "--enable",
          "--classpath",
          "--java-release",
          "--baseline",
          "--write-baseline",
          "--include-suppressed",
          "--engines",
          "--threads",
          "--root",
          "--source-root",
          "--category",
          "Exit codes",
          "rules"
        }) {
      assertTrue(r.out().contains(word), "help lacks " + word);
    }
    assertEquals(r.out(), run("-h").out());
  }

  @Test
  void versionPrintsTheVersion() {
    Run r = run("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("sockcheck "), r.out());
    assertFalse(r.out().contains("${"), r.out());
  }

  @Test
  void rulesListsEveryRuleWithItsStatus() {
    Run r = run("rules", "--disable", "netty-fd-channel-unvalidated");
    assertEquals(0, r.code(), r.err());
    String line =
        r.out()
            .lines()
            .filter(l -> l.startsWith("netty-fd-channel-unvalidated "))
            .findFirst()
            .orElse("");
    assertTrue(
        line.contains("inactive") && line.contains("warning") && line.contains("bytecode,source"),
        r.out());
    assertTrue(
        r.out()
            .lines()
            .anyMatch(l -> l.startsWith("raw-socket-sentinel ") && l.contains(" active ")),
        r.out());
  }
}
