package io.github.sockcheck.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.testsupport.Marker;
import io.github.sockcheck.testsupport.Markers;
import io.github.sockcheck.testsupport.RuleFolders;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The source engine alone, on the demo's sources without a classpath, finds exactly the demo's Java
 * findings.
 */
class DemoSourceEngineTest {

  @Test
  void sourceEngineAloneFindsTheDemosJavaFindings() throws Exception {
    Path demo = RuleFolders.repositoryRoot().resolve("testdata/demo");
    ScanResult result =
        Sockcheck.scan(
            ScanRequest.builder(demo)
                .addSourceRoot(demo.resolve("src/main/java"))
                .engines(EngineId.SOURCE)
                .threads(2)
                .build());
    Set<Marker> expectedJava =
        Markers.in(demo).stream()
            .filter(m -> m.path().endsWith(".java"))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<Marker> found = new TreeSet<>();
    for (Finding f : result.reportable()) {
      found.add(new Marker(f.location().path(), f.location().startLine(), f.ruleId()));
    }
    assertEquals(expectedJava, found);
    assertEquals(4, found.size(), "the demo has four Java findings (testdata/demo/EXPECTED.md)");
  }
}
