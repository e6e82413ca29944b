package io.github.sockcheck.core.match;

import static io.github.sockcheck.core.match.CallMatcherTestSupport.python;
import static io.github.sockcheck.core.match.CallMatcherTestSupport.pythonSite;
import static io.github.sockcheck.core.match.CallMatcherTestSupport.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.rules.CombinationMatch;
import io.github.sockcheck.core.rules.Condition;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RulePack;
import io.github.sockcheck.core.rules.TestRule;
import io.github.sockcheck.core.versions.MavenVersionScheme;
import io.github.sockcheck.core.versions.Pep440VersionScheme;
import io.github.sockcheck.core.versions.RuntimeVersions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A runtime range means the same to every caller: a call rule's {@code runtime: python, range: R},
 * a combination rule's {@code python: R}, and the range check itself. Every PEP 440 operator is run
 * at its boundaries, pre-releases included.
 */
class RuntimeRangesAgreeTest {

  private static final CallSite SITE = pythonSite("socket.socket", "socket", List.of(), Map.of());

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource({
    ">3.7, 3.7, false",
    ">3.7, 3.7.1, true",
    ">3.7, 3.8, true",
    ">3.7, 3.6.15, false",
    "<=3.9, 3.9, true",
    "<=3.9, 3.9.0, true",
    "<=3.9, 3.9.1, false",
    "<=3.9, 3.10, false",
    "==3.8, 3.8.0, true",
    "==3.8, 3.8.1, false",
    "==3.8.*, 3.8.17, true",
    "==3.8.*, 3.9, false",
    "!=3.8, 3.8.0, false",
    "!=3.8, 3.9, true",
    "!=3.8.*, 3.8.2, false",
    "!=3.8.*, 3.10, true",
    "<3.9, 3.9, false",
    "<3.9, 3.9.0, false",
    "<3.9, 3.8.18, true",
    "<3.9, 3.9.0rc1, false",
    "~=3.7, 3.7, true",
    "~=3.7, 3.12, true",
    "~=3.7, 4.0, false",
    "~=3.7, 3.6.9, false",
    "~=3.7.1, 3.7.0, false",
    "~=3.7.1, 3.7.9, true",
    "~=3.7.1, 3.8, false",
    ">=3.7.0b1, 3.7.0a4, false",
    ">=3.7.0b1, 3.7.0b1, true",
    ">=3.7.0b1, 3.7.0, true",
    ">=3.7.0b1, 3.6.15, false",
    ">=3.7, 3.7.0a4, false",
    ">=3.10, 3.9, false",
    ">=3.10, 3.10, true"
  })
  void everyOperatorAtItsBoundaries(String range, String version, boolean expected) {
    assertEquals(expected, RuntimeVersions.contains("python", range, version), "range check");
    assertEquals(expected, callRuleFires(range, version), "call rule");
    assertEquals(expected, combinationRuleFires(range, version), "combination rule");
  }

  @Property(tries = 400)
  void callAndCombinationRulesAgree(
      @ForAll("ranges") String range, @ForAll("versions") String version) {
    boolean contains = RuntimeVersions.contains("python", range, version);
    assertEquals(contains, callRuleFires(range, version), range + " vs " + version + ": call rule");
    assertEquals(
        contains,
        combinationRuleFires(range, version),
        range + " vs " + version + ": combination rule");
    assertEquals(
        contains,
        new CallMatcher(callPack(range), rt -> Optional.of(version)).match(SITE).size() == 1,
        range + " vs " + version + ": call rule with a scan-wide version");
  }

  @Provide
  Arbitrary<String> versions() {
    Arbitrary<Integer> minor = Arbitraries.integers().between(0, 13);
    Arbitrary<String> micro =
        Arbitraries.integers().between(0, 3).map(m -> m == 0 ? "" : "." + (m - 1));
    Arbitrary<String> pre = Arbitraries.of("", "", "", "a1", "a4", "b1", "rc1", ".dev0", ".post1");
    return Combinators.combine(Arbitraries.of(2, 3), minor, micro, pre)
        .as((a, b, c, d) -> a + "." + b + c + d);
  }

  @Provide
  Arbitrary<String> ranges() {
    Arbitrary<String> clause =
        Combinators.combine(Arbitraries.of(">=", ">", "<=", "<", "==", "!=", "~="), versions())
            .as((op, v) -> op + v)
            .filter(
                c -> { // the combinations PEP 440 allows
                  try {
                    RuntimeVersions.validateRange("python", c);
                    return true;
                  } catch (IllegalArgumentException e) {
                    return false;
                  }
                });
    Arbitrary<String> prefix =
        Combinators.combine(Arbitraries.of("==", "!="), Arbitraries.integers().between(0, 13))
            .as((op, m) -> op + "3." + m + ".*");
    return Arbitraries.oneOf(clause, prefix)
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(l -> String.join(",", l));
  }

  private static RulePack callPack(String range) {
    return new RulePack(
        List.of(
            rule(
                "rt",
                Set.of("python"),
                "{call} on {runtime}",
                new Condition.Runtime("python", range),
                python(List.of("socket.socket"), "socket", Map.of()))));
  }

  private static boolean callRuleFires(String range, String version) {
    RuntimeFact fact = pin(version);
    CallMatcher matcher =
        new CallMatcher(
            callPack(range), (runtime, r, site) -> RuntimeDecision.test(runtime, r, List.of(fact)));
    return matcher.match(SITE).size() == 1;
  }

  private static boolean combinationRuleFires(String range, String version) {
    Rule rule =
        TestRule.combination(
                "combo", new CombinationMatch(List.of(), null, range, List.of(), List.of()))
            .message("on {runtime}")
            .build();
    CombinationMatcher matcher =
        new CombinationMatcher(
            new RulePack(List.of(rule)),
            Map.of("maven", new MavenVersionScheme(), "pypi", new Pep440VersionScheme()));
    return matcher.match(List.of(), List.of(pin(version)), List.of(), List.of()).size() == 1;
  }

  private static RuntimeFact pin(String version) {
    return new RuntimeFact(
        "python",
        version,
        null,
        Location.line(".python-version", 1),
        null,
        RuntimeFact.Evidence.PIN,
        null);
  }
}
