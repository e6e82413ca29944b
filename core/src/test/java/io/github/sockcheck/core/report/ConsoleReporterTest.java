package io.github.sockcheck.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.findings.Suppression;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReporterTest {

  private final List<Finding> findings =
      List.of(
          Finding.of(
              "b-rule",
              "warned",
              Severity.WARNING,
              Precision.HIGH,
              new Location("src/B.java", 3, 0, 3, 0),
              "source"),
          Finding.of(
              "a-rule",
              "broken",
              Severity.ERROR,
              Precision.HIGH,
              new Location("src/A.java", 12, 5, 12, 9),
              "source"),
          Finding.of(
              "c-rule",
              "noted",
              Severity.NOTE,
              Precision.HIGH,
              Location.file("pom.xml"),
              "combination"),
          Finding.of(
                  "a-rule",
                  "hidden",
                  Severity.ERROR,
                  Precision.HIGH,
                  Location.line("src/A.java", 1),
                  "source")
              .withSuppression(new Suppression("inSource", "why", null)));
  private final List<Notification> notes =
      List.of(
          Notification.error("source", Location.line("src/Bad.java", 4), "does not parse"),
          Notification.warning("combination", null, "no dependencies resolved"));

  @Test
  void mavenStyleUsesAbsolutePathsAndBracketedPositions() {
    Path root = Path.of("/repo");
    List<ConsoleLine> lines =
        new ConsoleReporter(ConsoleReporter.Style.MAVEN, root).lines(findings, notes);
    assertEquals(
        List.of(
            new ConsoleLine(Severity.NOTE, "/repo/pom.xml: c-rule: noted"),
            new ConsoleLine(Severity.ERROR, "/repo/src/A.java:[12,5] a-rule: broken"),
            new ConsoleLine(Severity.WARNING, "/repo/src/B.java:[3] b-rule: warned"),
            new ConsoleLine(Severity.WARNING, "sockcheck: no dependencies resolved (combination)"),
            new ConsoleLine(Severity.ERROR, "/repo/src/Bad.java:[4] does not parse (source)"),
            new ConsoleLine(Severity.NOTE, "sockcheck: 1 error"),
            new ConsoleLine(Severity.NOTE, "sockcheck: 1 warning"),
            new ConsoleLine(Severity.NOTE, "sockcheck: 1 note"),
            new ConsoleLine(Severity.NOTE, "sockcheck: 1 suppressed finding")),
        lines);
  }

  @Test
  void cliStyleUsesGccShapeUnderTheGivenRoot() {
    List<String> lines =
        new ConsoleReporter(ConsoleReporter.Style.CLI, Path.of("."))
            .lines(findings, notes).stream().map(ConsoleLine::text).toList();
    assertEquals(
        List.of(
            "pom.xml: note: noted [c-rule]",
            "src/A.java:12:5: error: broken [a-rule]",
            "src/B.java:3: warning: warned [b-rule]",
            "sockcheck: warning: no dependencies resolved [sockcheck]",
            "src/Bad.java:4: error: does not parse [sockcheck]",
            "sockcheck: 1 error",
            "sockcheck: 1 warning",
            "sockcheck: 1 note",
            "sockcheck: 1 suppressed finding"),
        lines);
    List<String> nested =
        new ConsoleReporter(ConsoleReporter.Style.CLI, Path.of("proj"))
            .lines(findings.subList(1, 2), List.of()).stream().map(ConsoleLine::text).toList();
    assertEquals(
        List.of(
            "proj/src/A.java:12:5: error: broken [a-rule]",
            "sockcheck: 1 error",
            "sockcheck: 0 warnings",
            "sockcheck: 0 notes"),
        nested);
  }
}
