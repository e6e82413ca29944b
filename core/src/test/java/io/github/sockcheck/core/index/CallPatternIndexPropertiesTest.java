package io.github.sockcheck.core.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.match.CallMatcher;
import io.github.sockcheck.core.rules.CallMatch;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.Examples;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleKind;
import io.github.sockcheck.core.rules.RulePack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The index may only say "cannot match" when the matcher agrees: for generated patterns and call
 * sites, {@code matchesPattern ⇒ mayMatch}. A pre-filter built on the index therefore never drops a
 * finding.
 */
class CallPatternIndexPropertiesTest {

  private static final List<String> OWNERS = List.of("*", "a.B", "a.C", "x.y.B", "a.B$Inner");
  private static final List<String> MEMBERS = List.of("<init>", "socket", "open", "join");
  private static final List<String> TYPES = List.of("int", "long", "java.lang.String", "a.F");

  @Property(tries = 2000)
  void whatTheMatcherMatchesTheIndexMayMatch(
      @ForAll("patterns") CallPattern pattern, @ForAll("sites") CallSite site) {
    RulePack pack = new RulePack(List.of(rule(pattern)));
    CallMatcher matcher = new CallMatcher(pack);
    boolean matched = matcher.matchesPattern(pattern, site);
    // Unless a good share of the generated pairs match, this property would hold vacuously.
    Statistics.collect(matched);
    Statistics.coverage(coverage -> coverage.check(true).percentage(p -> p > 3.0));
    if (matched) {
      assertTrue(
          pack.index()
              .mayMatch(site.owner(), site.ownerSupertypes(), site.member(), site.args().size()),
          () -> "index says no for " + site + " against " + pattern);
      assertTrue(pack.index().mayMatchName(site.member(), site.args().size()));
      if (site.member().equals("<init>")) {
        assertTrue(pack.index().mayConstruct(site.ownerSimpleName(), site.args().size()));
      }
    }
  }

  @Provide
  Arbitrary<CallPattern> patterns() {
    Arbitrary<List<String>> params =
        Arbitraries.of(TYPES)
            .list()
            .ofMaxSize(3)
            .injectNull(0.3)
            .map(p -> p == null ? null : varargs(p));
    return Combinators.combine(
            Arbitraries.of(OWNERS),
            Arbitraries.of(true, false),
            Arbitraries.of(MEMBERS),
            params,
            Arbitraries.of("int", "a.B").injectNull(0.6))
        .as(
            (owner, subtypes, member, ps, returns) ->
                new CallPattern(
                    Language.JAVA,
                    owner,
                    subtypes,
                    member,
                    ps,
                    returns,
                    Map.of(),
                    Map.of(),
                    List.of()));
  }

  private static List<String> varargs(List<String> params) {
    if (params.isEmpty() || params.size() % 2 == 1) return params;
    List<String> copy = new ArrayList<>(params);
    copy.set(copy.size() - 1, copy.get(copy.size() - 1) + "[]");
    return copy;
  }

  @Provide
  Arbitrary<CallSite> sites() {
    Arbitrary<Set<String>> supertypes = Arbitraries.of(OWNERS).set().ofMaxSize(3);
    Arbitrary<List<String>> paramTypes = Arbitraries.of(TYPES).list().ofMaxSize(3).injectNull(0.3);
    return Combinators.combine(
            Arbitraries.of(OWNERS),
            supertypes,
            Arbitraries.of(MEMBERS),
            paramTypes,
            Arbitraries.integers().between(0, 4),
            Arbitraries.of(true, false))
        .as(
            (owner, sups, member, ps, argCount, resolved) -> {
              int count = ps != null ? ps.size() : argCount;
              List<ArgFact> args = new ArrayList<>();
              for (int i = 0; i < count; i++) args.add(ArgFact.UNKNOWN);
              return CallSite.builder(Language.JAVA, owner, member)
                  .ownerSupertypes(sups)
                  .paramTypes(ps)
                  .args(args)
                  .location(Location.line("A.java", 1))
                  .enclosing("A#m")
                  .resolved(resolved)
                  .engine("source")
                  .build();
            });
  }

  private static Rule rule(CallPattern pattern) {
    return new Rule(
        "r",
        RuleKind.CALL,
        "t",
        Severity.WARNING,
        Precision.HIGH,
        List.of(),
        null,
        Set.of("source"),
        null,
        "m",
        "h",
        new Examples("java", "a", "b"),
        "f",
        "all",
        List.of(),
        new CallMatch(List.of(pattern), null),
        null,
        "rules/r.yaml",
        List.of());
  }
}
