package io.github.sockcheck.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathFilterTest {

  @Test
  void excludesDropFindingsOfEveryEngine() {
    PathFilter filter = new PathFilter(List.of(), List.of("**/New.java"));
    List<Finding> kept =
        filter.keep(
            List.of(
                finding("src/main/java/demo/Old.java"), finding("src/main/java/demo/New.java")));
    assertEquals(
        List.of("src/main/java/demo/Old.java"),
        kept.stream().map(f -> f.location().path()).toList());
  }

  @Test
  void includesKeepOnlyMatchingPaths() {
    PathFilter filter = new PathFilter(List.of("module-a/**"), List.of());
    assertTrue(filter.accepts("module-a/src/main/java/a/Receiver.java"));
    assertFalse(filter.accepts("module-b/src/main/java/b/Receiver.java"));
  }

  private static Finding finding(String path) {
    return Finding.of(
        "rule", "message", Severity.WARNING, Precision.HIGH, Location.line(path, 3), "bytecode");
  }
}
