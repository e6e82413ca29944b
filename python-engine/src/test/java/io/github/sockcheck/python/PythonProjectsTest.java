package io.github.sockcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.match.CombinationMatcher;
import io.github.sockcheck.core.rules.RulePack;
import io.github.sockcheck.core.versions.MavenVersionScheme;
import io.github.sockcheck.core.versions.Pep440VersionScheme;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * End to end over the Python project scenarios ({@code testdata/python/<case>/} and
 * {@code testdata/rules/<rule-id>/<case>/}, see {@link TestSupport#scenarios()}): the Python engine's facts go
 * through the core CombinationMatcher, and the findings (file:line rule-id) must equal the {@code # expect:}
 * markers and {@code EXPECTED} sidecars of the case.
 */
class PythonProjectsTest {

  @TestFactory
  Stream<DynamicTest> everySampleProjectGivesExactlyTheMarkedFindings() throws Exception {
    RulePack pack = TestSupport.rules();
    List<Path> cases = TestSupport.scenarios();
    assertTrue(cases.size() >= 15, "sample projects missing: " + cases);
    return cases.stream().map(dir -> DynamicTest.dynamicTest(TestSupport.name(dir), () -> {
      RecordingSink sink = TestSupport.scan(dir, pack);
      assertEquals(List.of(), sink.notifications, "notifications");
      CombinationMatcher matcher = new CombinationMatcher(pack,
          Map.of("pypi", new Pep440VersionScheme(), "maven", new MavenVersionScheme()));
      TreeSet<String> actual = new TreeSet<>();
      for (Finding f : matcher.match(sink.dependencies, sink.runtimes, sink.configs, sink.calls)) {
        actual.add(f.location().path() + ":" + f.location().startLine() + " " + f.ruleId());
      }
      assertEquals(TestSupport.expectations(dir), actual);
    }));
  }
}
