package io.github.sockcheck.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.scan.testing.ExpectedFindings;
import io.github.sockcheck.scan.testing.SampleProjects;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The source engine alone, on the demo's sources without a classpath, finds exactly the demo's Java findings. */
class DemoSourceEngineTest {

  @Test
  void sourceEngineAloneFindsTheDemosJavaFindings() throws Exception {
    Path demo = SampleProjects.root().resolve("testdata/demo");
    ScanResult result = Sockcheck.scan(ScanRequest.builder(demo)
        .addSourceRoot(demo.resolve("src/main/java"))
        .engines("source")
        .threads(2)
        .build());
    Set<String> expectedJava = ExpectedFindings.in(demo).stream()
        .filter(key -> key.split(" ")[0].contains(".java:"))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> found = new TreeSet<>();
    for (Finding f : result.reportable()) {
      found.add(f.location().path() + ":" + f.location().startLine() + " " + f.ruleId());
    }
    assertEquals(expectedJava, found);
    assertEquals(4, found.size(), "the demo has four Java findings (testdata/demo/EXPECTED.md)");
  }
}
