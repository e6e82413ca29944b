package io.github.sockcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.match.CallMatcher;
import io.github.sockcheck.core.rules.RulePack;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Python call rule's runtime condition over its fixture folder (whose findings the scan
 * module's RuleFixturesTest checks): a target interpreter older than 3.7 silences it, except for
 * trio's socket, which reads SO_PROTOCOL itself whatever the interpreter.
 */
class PythonCallRuntimeTest {

  @Test
  void anOlderTargetInterpreterSilencesTheCallRule() throws Exception {
    RulePack pack = TestSupport.rules();
    Path dir = TestSupport.repoRoot().resolve("testdata/rules/python-socket-fileno-without-proto");
    RecordingSink sink = TestSupport.scan(dir, pack);
    CallMatcher py36 =
        new CallMatcher(
            pack, runtime -> runtime.equals("python") ? Optional.of("3.6") : Optional.empty());
    CallMatcher py311 =
        new CallMatcher(
            pack, runtime -> runtime.equals("python") ? Optional.of("3.11") : Optional.empty());
    long on36 =
        sink.callSites().stream()
            .filter(s -> !s.owner().startsWith("trio."))
            .mapToLong(s -> py36.match(s).size())
            .sum();
    long trioOn36 =
        sink.callSites().stream()
            .filter(s -> s.owner().startsWith("trio."))
            .mapToLong(s -> py36.match(s).size())
            .sum();
    long on311 = sink.callSites().stream().mapToLong(s -> py311.match(s).size()).sum();
    assertEquals(0, on36);
    assertTrue(trioOn36 > 0, "trio sniffs the protocol on every interpreter");
    assertTrue(on311 > 5 + trioOn36, "findings on 3.11: " + on311);
  }
}
