package io.github.sockcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.match.CallMatcher;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleKind;
import io.github.sockcheck.core.rules.RulePack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the Python engine and the shared CallMatcher over every {@code testdata/rules/<id>/} folder of a
 * Python call rule and compares the findings with the {@code # expect:} markers, line by line.
 */
class PythonCallFixturesTest {

  @TestFactory
  Stream<DynamicTest> everyPythonCallRuleMatchesItsFixtures() throws Exception {
    RulePack pack = TestSupport.rules();
    List<Rule> pythonRules = pack.rules().stream()
        .filter(r -> r.kind() == RuleKind.CALL && r.runsIn("python")).toList();
    assertFalse(pythonRules.isEmpty(), "no Python call rules loaded");
    return pythonRules.stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
      Path dir = TestSupport.repoRoot().resolve("testdata/rules").resolve(rule.id());
      assertTrue(Files.isDirectory(dir), "fixture folder missing: " + dir);
      TreeSet<String> expected = TestSupport.expectations(dir);
      assertFalse(expected.isEmpty(), "a rule needs at least one positive fixture");
      assertEquals(expected, findings(dir, pack, rule.id()));
    }));
  }

  static TreeSet<String> findings(Path dir, RulePack pack, String ruleId) throws Exception {
    RecordingSink sink = TestSupport.scan(dir, pack);
    assertTrue(sink.notifications.isEmpty(), "unexpected notifications: " + sink.notifications);
    CallMatcher matcher = new CallMatcher(pack, runtime -> Optional.empty());
    TreeSet<String> actual = new TreeSet<>();
    for (CallSite site : sink.calls) {
      for (Finding f : matcher.match(site)) {
        if (f.ruleId().equals(ruleId)) actual.add(f.location().path() + ":" + f.location().startLine() + " " + f.ruleId());
      }
    }
    return actual;
  }

  @Test
  void anOlderTargetInterpreterSilencesTheCallRule() throws Exception {
    RulePack pack = TestSupport.rules();
    Path dir = TestSupport.repoRoot().resolve("testdata/rules/python-socket-fileno-without-proto");
    RecordingSink sink = TestSupport.scan(dir, pack);
    CallMatcher py36 = new CallMatcher(pack, runtime -> runtime.equals("python") ? Optional.of("3.6") : Optional.empty());
    CallMatcher py311 = new CallMatcher(pack, runtime -> runtime.equals("python") ? Optional.of("3.11") : Optional.empty());
    // trio reads SO_PROTOCOL itself, whatever the interpreter: its calls stay reported on 3.6.
    List<String> on36 = sink.calls.stream().flatMap(s -> py36.match(s).stream())
        .map(f -> f.location().path() + ":" + f.location().startLine()).distinct().sorted().toList();
    long on311 = sink.calls.stream().mapToLong(s -> py311.match(s).size()).sum();
    assertEquals(List.of("subclasses_and_other_libraries.py:51", "subclasses_and_other_libraries.py:53"), on36);
    assertTrue(on311 > 5, "findings on 3.11: " + on311);
  }
}
