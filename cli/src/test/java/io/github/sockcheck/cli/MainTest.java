package io.github.sockcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: exit codes, messages, output files. */
class MainTest {

  @TempDir Path dir;

  @Test
  void cleanProjectExitsZero() throws IOException {
    DemoServer.write(dir, DemoServer.CLEAN_SOURCE);
    CliRun r = DemoServer.scanWithSourceEngine(dir);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("sockcheck: 0 errors, 0 warnings, 0 notes"), r.out());
  }

  @Test
  void findingExitsOneAndPrintsTheCliShapeAndSarif() throws IOException {
    DemoServer.write(dir, DemoServer.FINDING_SOURCE);
    Path sarif = dir.resolve("out/sockcheck.sarif");
    CliRun r = DemoServer.scanWithSourceEngine(dir, "--sarif", sarif.toString());
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
    Path project = DemoServer.write(repo.resolve("services/gateway"), DemoServer.FINDING_SOURCE);
    Path file = project.resolve("src/main/java/demo/Server.java");
    Path sarif = dir.resolve("out/sockcheck.sarif");
    CliRun r = scanRootWithSourceEngine(project, sarif);
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(
        r.out().contains(file.toString() + ":8:"), "console paths stay as they were: " + r.out());
    JsonNode run = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0");
    assertEquals(
        "services/gateway/src/main/java/demo/Server.java",
        run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals(repo.toUri().toString(), run.at("/originalUriBaseIds/%SRCROOT%/uri").asText());
    assertFalse(run.has("automationDetails"), run::toString);

    scanRootWithSourceEngine(
        project, sarif, "--source-root", project.toString(), "--category", "gateway");
    run = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0");
    assertEquals(
        "src/main/java/demo/Server.java",
        run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals("gateway/", run.at("/automationDetails/id").asText());
  }

  /** {@code scan --root project --engines source --sarif sarif options...}, naming no path. */
  private static CliRun scanRootWithSourceEngine(Path project, Path sarif, String... options) {
    List<String> args = new ArrayList<>(List.of("scan", "--root", project.toString()));
    args.addAll(List.of("--engines", "source", "--sarif", sarif.toString()));
    args.addAll(List.of(options));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void aSourceRootBelowTheRootOrAnEmptyCategoryExitsTwo() throws IOException {
    DemoServer.write(dir, DemoServer.FINDING_SOURCE);
    CliRun r =
        CliRun.of(
            "scan",
            "--root",
            dir.toString(),
            "--engines",
            "source",
            "--source-root",
            dir.resolve("src").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("does not contain the scanned directory"), r.err());
    r = CliRun.of("scan", "--root", dir.toString(), "--category", " ");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--category needs a name"), r.err());
  }

  @Test
  void failOnNoneAndFailOnErrorExitZeroForAWarning() throws IOException {
    DemoServer.write(dir, DemoServer.FINDING_SOURCE);
    assertEquals(0, DemoServer.scanWithSourceEngine(dir, "--fail-on", "none").code());
    assertEquals(0, DemoServer.scanWithSourceEngine(dir, "--fail-on=error").code());
  }

  @Test
  void disabledRuleIsNotReported() throws IOException {
    DemoServer.write(dir, DemoServer.FINDING_SOURCE);
    CliRun r = DemoServer.scanWithSourceEngine(dir, "--disable", "netty-fd-channel-unvalidated");
    assertEquals(0, r.code(), r.out());
  }

  @Test
  void writeBaselineThenScanWithItExitsZero() throws IOException {
    DemoServer.write(dir, DemoServer.FINDING_SOURCE);
    Path baseline = dir.resolve("sockcheck-baseline.json");
    assertEquals(
        0, DemoServer.scanWithSourceEngine(dir, "--write-baseline", baseline.toString()).code());
    assertTrue(Files.readString(baseline).contains("netty-fd-channel-unvalidated"));
    CliRun r = DemoServer.scanWithSourceEngine(dir, "--baseline", baseline.toString());
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().contains("1 suppressed"), r.out());
  }

  @Test
  void unknownOptionExitsTwo() {
    CliRun r = CliRun.of("scan", "--frobnicate");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--frobnicate"), r.err());
  }

  @Test
  void unknownCommandAndMissingValueExitTwo() {
    assertEquals(2, CliRun.of("scna").code());
    assertEquals(2, CliRun.of().code());
    CliRun r = CliRun.of("scan", "--sarif");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--sarif needs a value"), r.err());
    assertTrue(
        CliRun.of("scan", "--fail-on", "loud").err().contains("error, warning, note or none"));
  }

  @Test
  void unknownRuleIdInDisableExitsTwoNamingIt() throws IOException {
    DemoServer.write(dir, DemoServer.CLEAN_SOURCE);
    CliRun r =
        CliRun.of("scan", "--disable", "no-such-rule", "--root", dir.toString(), dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no-such-rule"), r.err());
  }

  @Test
  void badRuleFileExitsTwoNamingTheFile() throws IOException {
    DemoServer.write(dir, DemoServer.CLEAN_SOURCE);
    Path rules = Files.createDirectories(dir.resolve("my-rules"));
    Files.writeString(rules.resolve("my-rule.yaml"), "id: my-rule\nkind: call\ntitle: [unclosed\n");
    CliRun r =
        CliRun.of("scan", "--rules", rules.toString(), "--root", dir.toString(), dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("my-rule.yaml"), r.err());
  }

  @Test
  void missingPathExitsTwo() {
    CliRun r = CliRun.of("scan", "--root", dir.toString(), dir.resolve("nope").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("nope"), r.err());
  }

  @Test
  void helpDocumentsOptionsAndExitCodes() {
    CliRun r = CliRun.of("--help");
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
    assertEquals(r.out(), CliRun.of("-h").out());
  }

  @Test
  void versionPrintsTheVersion() {
    CliRun r = CliRun.of("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("sockcheck "), r.out());
    assertFalse(r.out().contains("${"), r.out());
  }

  @Test
  void rulesListsEveryRuleWithItsStatus() {
    CliRun r = CliRun.of("rules", "--disable", "netty-fd-channel-unvalidated");
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
