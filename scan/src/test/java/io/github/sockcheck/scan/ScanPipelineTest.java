package io.github.sockcheck.scan;

import static io.github.sockcheck.scan.TestProjects.RULE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.engine.Engine;
import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline stages over fake engines: merge, suppression, baseline, errors, determinism. */
class ScanPipelineTest {

  private static final String FOO = "src/main/java/com/example/Foo.java";

  @TempDir Path dir;

  private static ScanResult scan(ScanRequest request, Engine... engines)
      throws ConfigurationException {
    return new ScanPipeline(request, ids -> List.of(engines)).run();
  }

  private static String[] fooWithCallOnLine3(String comment) {
    return new String[] {
      "package com.example;", "class Foo { void run() {", "  Lib.open(-1);" + comment, "} }"
    };
  }

  @Test
  void sameRuleAndLineFromTwoEnginesBecomesOneFindingWithSourceColumns() throws Exception {
    TestProjects.project(dir, fooWithCallOnLine3(""));
    ScanResult result =
        scan(
            TestProjects.request(dir).build(),
            FakeEngine.opens("source", new Location(FOO, 3, 3, 3, 16)),
            FakeEngine.opens("bytecode", new Location("com/example/Foo.java", 3, 0, 3, 0)));

    assertEquals(1, result.findings().size(), result.findings().toString());
    Finding f = result.findings().get(0);
    assertEquals(RULE_ID, f.ruleId());
    assertEquals(new Location(FOO, 3, 3, 3, 16), f.location());
    assertEquals(Set.of("source", "bytecode"), f.engines());
    assertTrue(result.failsAt(Severity.WARNING));
    assertFalse(result.failsAt(Severity.ERROR));
    assertFalse(result.failsAt(null));
  }

  @Test
  void bytecodePathIsMappedOntoTheSourceRoot() throws Exception {
    TestProjects.project(dir, fooWithCallOnLine3(""));
    ScanResult result =
        scan(
            TestProjects.request(dir).build(),
            FakeEngine.opens("bytecode", Location.line("com/example/Foo.java", 3)));
    assertEquals(FOO, result.findings().get(0).location().path());
    assertEquals(Set.of("bytecode"), result.findings().get(0).engines());
  }

  @Test
  void bytecodePathWithoutSourceStaysPackageRelative() throws Exception {
    TestProjects.project(dir, fooWithCallOnLine3(""));
    ScanResult result =
        scan(
            TestProjects.request(dir).build(),
            FakeEngine.opens("bytecode", Location.line("org/other/Bar.java", 7)));
    assertEquals("org/other/Bar.java", result.findings().get(0).location().path());
  }

  @Test
  void differentLinesStayApart() throws Exception {
    TestProjects.project(dir, fooWithCallOnLine3(""));
    ScanResult result =
        scan(
            TestProjects.request(dir).build(),
            FakeEngine.opens(
                "source", new Location(FOO, 3, 3, 3, 16), new Location(FOO, 4, 3, 4, 16)),
            FakeEngine.opens("bytecode", Location.line("com/example/Foo.java", 4)));
    assertEquals(2, result.findings().size());
    assertEquals(Set.of("source"), result.findings().get(0).engines());
    assertEquals(Set.of("source", "bytecode"), result.findings().get(1).engines());
  }

  @Test
  void commentSuppressesWithReason() throws Exception {
    TestProjects.project(
        dir, fooWithCallOnLine3(" // sockcheck:ignore " + RULE_ID + " -- fd checked above"));
    ScanResult result =
        scan(
            TestProjects.request(dir).build(),
            FakeEngine.opens("source", new Location(FOO, 3, 3, 3, 16)));
    assertEquals(1, result.findings().size());
    assertTrue(result.findings().get(0).suppressed());
    assertEquals("fd checked above", result.findings().get(0).suppression().justification());
    assertTrue(result.reportable().isEmpty());
    assertFalse(result.failsAt(Severity.NOTE));
    assertTrue(result.notifications().isEmpty(), result.notifications().toString());
    assertFalse(result.sarif(null).contains("\"suppressions\""));
    ScanResult withSuppressed =
        scan(
            TestProjects.request(dir).includeSuppressed(true).build(),
            FakeEngine.opens("source", new Location(FOO, 3, 3, 3, 16)));
    assertTrue(withSuppressed.sarif(null).contains("\"suppressions\""));
  }

  @Test
  void suppressionWithoutReasonStillSuppressesAndIsReported() throws Exception {
    TestProjects.project(dir, fooWithCallOnLine3(" // sockcheck:ignore " + RULE_ID));
    ScanResult result =
        scan(
            TestProjects.request(dir).build(),
            FakeEngine.opens("source", new Location(FOO, 3, 3, 3, 16)));
    assertTrue(result.findings().get(0).suppressed());
    assertEquals(1, result.notifications().size());
    assertTrue(result.notifications().get(0).message().contains("no reason"));
  }

  @Test
  void baselineMarksKnownFindingsAndKeepsNewOnes() throws Exception {
    TestProjects.project(dir, fooWithCallOnLine3(""));
    ScanResult first =
        scan(
            TestProjects.request(dir).build(),
            FakeEngine.opens("source", new Location(FOO, 3, 3, 3, 16)));
    Path baselineFile = dir.resolve("sockcheck-baseline.json");
    assertEquals(1, first.writeBaseline(baselineFile));

    ScanResult second =
        scan(
            TestProjects.request(dir).baseline(baselineFile).build(),
            FakeEngine.opens(
                "source", new Location(FOO, 3, 3, 3, 16), new Location(FOO, 4, 1, 4, 2)));
    assertEquals(2, second.findings().size());
    Finding known = second.findings().get(0);
    Finding fresh = second.findings().get(1);
    assertEquals("unchanged", known.baselineState());
    assertTrue(known.suppressed());
    assertEquals("new", fresh.baselineState());
    assertFalse(fresh.suppressed());
    assertEquals(List.of(fresh), second.reportable());
  }

  @Test
  void corruptBaselineIsAConfigurationErrorAndIsLeftAlone() throws Exception {
    TestProjects.project(dir, fooWithCallOnLine3(""));
    Path baselineFile = dir.resolve("baseline.json");
    Files.writeString(baselineFile, "{not json");
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> scan(TestProjects.request(dir).baseline(baselineFile).build()));
    assertTrue(e.getMessage().contains("baseline.json"), e.getMessage());
    assertEquals("{not json", Files.readString(baselineFile));
  }

  @Test
  void unknownRuleIdIsAConfigurationErrorNamingIt() throws Exception {
    TestProjects.project(dir, fooWithCallOnLine3(""));
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> scan(TestProjects.request(dir).disableRule("no-such-rule").build()));
    assertTrue(e.getMessage().contains("no-such-rule"), e.getMessage());
  }

  @Test
  void malformedRuleFileIsAConfigurationErrorNamingTheFile() throws Exception {
    TestProjects.project(dir, fooWithCallOnLine3(""));
    Files.writeString(dir.resolve("test-rules/broken-rule.yaml"), "id: broken-rule\nkind: [oops\n");
    ConfigurationException e =
        assertThrows(ConfigurationException.class, () -> scan(TestProjects.request(dir).build()));
    assertTrue(e.getMessage().contains("broken-rule.yaml"), e.getMessage());
  }

  @Test
  void unknownEngineIsAConfigurationErrorNamingTheEngines() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class, () -> EngineNames.parse(List.of("source", "sourcee")));
    assertEquals(
        "unknown engine `sourcee` (engines: source, bytecode, python, combination)",
        e.getMessage());
  }

  @Test
  void engineNamesAreReadOnceInTheirOrder() throws Exception {
    assertEquals(
        List.of(EngineId.PYTHON, EngineId.SOURCE),
        List.copyOf(EngineNames.parse(List.of(" python", "source", "", "python"))));
  }

  @Test
  void crashingEngineBecomesAnErrorNotificationAndOtherFindingsStay() throws Exception {
    TestProjects.project(dir, fooWithCallOnLine3(""));
    ScanResult result =
        scan(
            TestProjects.request(dir).build(),
            new FakeEngine(
                "bytecode",
                sink -> {
                  throw new IllegalStateException("boom");
                }),
            FakeEngine.opens("source", new Location(FOO, 3, 3, 3, 16)));
    assertEquals(1, result.findings().size());
    Notification n = result.notifications().get(0);
    assertEquals(Severity.ERROR, n.level());
    assertEquals("bytecode", n.source());
    assertTrue(n.message().contains("bytecode") && n.message().contains("boom"), n.message());
  }

  @Test
  void onlyRulesOfEnginesThatRanAreListed() throws Exception {
    TestProjects.project(dir, fooWithCallOnLine3(""));
    ScanResult python =
        scan(
            TestProjects.request(dir).engines(EngineId.PYTHON).build(), FakeEngine.opens("python"));
    assertTrue(python.rules().isEmpty());
    ScanResult source =
        scan(
            TestProjects.request(dir).engines(EngineId.SOURCE).build(),
            FakeEngine.opens("source"),
            FakeEngine.opens("bytecode", Location.line("com/example/Foo.java", 3)));
    assertEquals(List.of(RULE_ID), source.rules().stream().map(r -> r.id()).toList());
    assertTrue(source.findings().isEmpty(), "the bytecode engine was not selected");
  }

  @Test
  void twoScansGiveByteIdenticalSarif() throws Exception {
    TestProjects.project(dir, fooWithCallOnLine3(""));
    Path a = dir.resolve("a.sarif");
    Path b = dir.resolve("b.sarif");
    scan(
            TestProjects.request(dir).build(),
            FakeEngine.opens(
                "source", new Location(FOO, 4, 1, 4, 2), new Location(FOO, 3, 3, 3, 16)),
            FakeEngine.opens("bytecode", Location.line("com/example/Foo.java", 3)))
        .writeSarif(a, "sockcheck/");
    scan(
            TestProjects.request(dir).build(),
            FakeEngine.opens("bytecode", Location.line("com/example/Foo.java", 3)),
            FakeEngine.opens(
                "source", new Location(FOO, 3, 3, 3, 16), new Location(FOO, 4, 1, 4, 2)))
        .writeSarif(b, "sockcheck/");
    assertEquals(Files.readString(a), Files.readString(b));
    assertTrue(Files.readString(a).contains(RULE_ID));
  }

  @Test
  void sarifUrisAreRelativeToTheSourceRootWhileConsolePathsStayUnderTheScanRoot() throws Exception {
    Path project = dir.resolve("services/gateway");
    TestProjects.project(project, fooWithCallOnLine3(""));
    ScanResult result =
        scan(
            TestProjects.request(project).sourceRoot(dir).build(),
            FakeEngine.opens("source", new Location(FOO, 3, 3, 3, 16)));
    assertEquals(FOO, result.findings().get(0).location().path());
    assertEquals(dir.toAbsolutePath().normalize(), result.sourceRoot());
    String sarif = result.sarif(null);
    assertTrue(sarif.contains("\"uri\": \"services/gateway/" + FOO + "\""), sarif);
    assertFalse(sarif.contains("automationDetails"), sarif);
    assertTrue(result.sarif("java/").contains("\"id\": \"java/\""));
    assertTrue(
        result
            .consoleLines(ConsoleStyle.MAVEN)
            .get(0)
            .text()
            .contains(project.resolve(FOO).toAbsolutePath().normalize().toString()));
  }

  @Test
  void aSourceRootThatDoesNotContainTheScanRootIsAConfigurationError() throws Exception {
    Path project = dir.resolve("services/gateway");
    TestProjects.project(project, fooWithCallOnLine3(""));
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () ->
                scan(
                    TestProjects.request(project).sourceRoot(dir.resolve("other")).build(),
                    FakeEngine.opens("source")));
    assertTrue(e.getMessage().contains("does not contain the scanned directory"), e.getMessage());
  }

  @Test
  void consoleLinesUseTheCliShape() throws Exception {
    TestProjects.project(dir, fooWithCallOnLine3(""));
    ScanResult result =
        scan(
            TestProjects.request(dir).build(),
            FakeEngine.opens("source", new Location(FOO, 3, 3, 3, 16)));
    List<io.github.sockcheck.core.report.ConsoleLine> lines =
        result.consoleLines(ConsoleStyle.CLI, Path.of(""));
    assertEquals(1, lines.size(), "one finding, no count lines: " + lines);
    String first = lines.get(0).text();
    assertEquals(FOO + ":3:3: warning: Lib.open(-1) is called [" + RULE_ID + "]", first);
    assertTrue(
        result.summary().get(0).startsWith("sockcheck: 0 errors, 1 warning, 0 notes"),
        result.summary().toString());
    assertNull(result.findings().get(0).baselineState());
  }
}
