package io.github.sockcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.match.CombinationMatcher;
import io.github.sockcheck.core.rules.RulePack;
import io.github.sockcheck.core.versions.MavenVersionScheme;
import io.github.sockcheck.core.versions.Pep440VersionScheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * End to end over {@code testdata/python/<case>/} and the Python cases of {@code testdata/rules/<rule>/<case>/}
 * (folders without a pom.xml): the Python engine's facts go through the core
 * CombinationMatcher, and the findings (file:line rule-id) must equal the {@code # expect:} markers and
 * {@code EXPECTED} sidecars of the case.
 */
class PythonProjectsTest {

  @TestFactory
  Stream<DynamicTest> everySampleProjectGivesExactlyTheMarkedFindings() throws Exception {
    RulePack pack = TestSupport.rules();
    Path base = TestSupport.repoRoot().resolve("testdata/python");
    List<Path> cases = new java.util.ArrayList<>();
    try (Stream<Path> s = Files.list(base)) {
      s.filter(Files::isDirectory).sorted().forEach(cases::add);
    }
    assertTrue(cases.size() >= 8, "sample projects missing under " + base);
    cases.addAll(TestSupport.pythonRuleCases());
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
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
