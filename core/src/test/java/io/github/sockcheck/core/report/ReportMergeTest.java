package io.github.sockcheck.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportMergeTest {

  @Test
  void unitesRulesAndDropsDuplicateFindings() {
    Path root = Path.of("/repo");
    Finding shared =
        Finding.of(
            "a", "m", Severity.ERROR, Precision.HIGH, Location.line("pom.xml", 3), "combination");
    Finding onlyB =
        Finding.of("b", "m", Severity.NOTE, Precision.HIGH, Location.line("b/B.java", 1), "source");
    Notification note = Notification.error("source", null, "broken");
    Report a =
        new Report(
            root,
            List.of(SarifSamples.rule("a", Severity.ERROR, null, List.of())),
            List.of(shared),
            List.of(note),
            "1.0",
            "sockcheck/a/");
    Report b =
        new Report(
            Path.of("/elsewhere"),
            List.of(
                SarifSamples.rule("a", Severity.NOTE, null, List.of()),
                SarifSamples.rule("b", Severity.NOTE, null, List.of())),
            List.of(shared, onlyB),
            List.of(note),
            "2.0",
            null);

    Report merged = Report.merge(List.of(a, b), "sockcheck/");

    assertEquals(root, merged.root());
    assertEquals("1.0", merged.toolVersion());
    assertEquals("sockcheck/", merged.automationId());
    assertEquals(List.of("a", "b"), merged.rules().stream().map(r -> r.id()).toList());
    assertEquals(Severity.ERROR, merged.rules().get(0).severity(), "first definition wins");
    assertEquals(List.of(shared, onlyB), merged.findings());
    assertEquals(List.of(note), merged.notifications());
  }
}
