package io.github.sockcheck.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.findings.Suppression;
import io.github.sockcheck.core.io.FileTexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

  @TempDir Path root;

  private Finding finding(String rule, String path, int line) {
    return Finding.of(
        rule, "msg", Severity.ERROR, Precision.HIGH, Location.line(path, line), "source");
  }

  @Test
  void roundTripsSortedAndAtomically() throws Exception {
    Files.writeString(root.resolve("A.java"), "a\nb\nc\n");
    List<Finding> findings =
        List.of(
            finding("z-rule", "A.java", 1),
            finding("a-rule", "A.java", 3),
            finding("a-rule", "A.java", 2)
                .withSuppression(new Suppression("inSource", "ok", null)));
    Baseline baseline = Baseline.of(findings, new FileTexts(root));
    assertEquals(2, baseline.entries().size(), "findings suppressed in source are not baselined");
    Path file = root.resolve("config/sockcheck-baseline.json");
    baseline.write(file);
    String text = Files.readString(file);
    assertTrue(text.startsWith("{\n  \"version\": 1,"), text);
    assertTrue(text.indexOf("a-rule") < text.indexOf("z-rule"));
    Baseline read = Baseline.read(file);
    assertEquals(baseline.entries(), read.entries());
    assertEquals(text, read.toJson());
  }

  @Test
  void unparseableFileIsNamedAndLeftAlone() throws Exception {
    Path file = root.resolve("baseline.json");
    Files.writeString(file, "{ not json");
    BaselineException e = assertThrows(BaselineException.class, () -> Baseline.read(file));
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    assertEquals("{ not json", Files.readString(file));

    Files.writeString(file, "{\"version\": 99, \"findings\": []}");
    assertTrue(
        assertThrows(BaselineException.class, () -> Baseline.read(file))
            .getMessage()
            .contains("version 99"));
    Files.writeString(file, "{\"version\": 1, \"findings\": [{\"ruleId\": \"x\"}]}");
    assertTrue(
        assertThrows(BaselineException.class, () -> Baseline.read(file))
            .getMessage()
            .contains("fingerprint"));
    assertTrue(
        assertThrows(BaselineException.class, () -> Baseline.read(root.resolve("nope.json")))
            .getMessage()
            .contains("does not exist"));
    assertTrue(Baseline.readIfExists(root.resolve("nope.json")).isEmpty());
  }

  @Test
  void filterMarksUnchangedAndNew() throws Exception {
    Files.writeString(root.resolve("A.java"), "old call\nother\n");
    Finding old = finding("r", "A.java", 1);
    Baseline baseline = Baseline.of(List.of(old), new FileTexts(root));

    // The file gains two lines on top and a new finding; the old one moved to line 3.
    Files.writeString(root.resolve("A.java"), "// new header\n\nold call\nnew call\n");
    BaselineFilter filter = new BaselineFilter(new FileTexts(root));
    List<Finding> out =
        filter.apply(List.of(finding("r", "A.java", 3), finding("r", "A.java", 4)), baseline);
    assertEquals("unchanged", out.get(0).baselineState());
    assertEquals(new Suppression("external", "baseline", null), out.get(0).suppression());
    assertEquals("new", out.get(1).baselineState());
    assertNull(out.get(1).suppression());
  }
}
