package io.github.sockcheck.core.match;

import static io.github.sockcheck.core.match.CombinationMatcherTest.EPOLL;
import static io.github.sockcheck.core.match.CombinationMatcherTest.POM_DEP;
import static io.github.sockcheck.core.match.CombinationMatcherTest.maven;
import static io.github.sockcheck.core.match.CombinationMatcherTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.facts.ConfigFact;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.RelatedLocation;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.rules.CombinationMatch;
import io.github.sockcheck.core.rules.DependencyPattern;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RulePack;
import io.github.sockcheck.core.rules.TestRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which facts a combination rule reads and how each uncertain one shows: runtimes of the right kind
 * only, the first declared runtime that matches, gunicorn's worker key only, a second dependency
 * known only by its declared range, and rules without dependencies anchored where the fact was
 * found.
 */
class CombinationMatcherFactsTest {

  private static final Location PY_VERSION = Location.line(".python-version", 1);

  private static final DependencyPattern AFFECTED_EPOLL =
      new DependencyPattern("maven", List.of(EPOLL), "[4.2.8.Final,4.2.10.Final)");

  /** The affected epoll releases on the given Java and Python releases (null: any). */
  private static CombinationMatch affectedEpollOn(String javaRelease, String pythonRelease) {
    return new CombinationMatch(
        List.of(AFFECTED_EPOLL), javaRelease, pythonRelease, List.of(), List.of());
  }

  /**
   * The start of a message about epoll 4.2.9.Final declared directly: what follows is the runtime.
   */
  private static final String EPOLL_429_ON =
      EPOLL + " 4.2.9.Final via " + EPOLL + ":4.2.9.Final on ";

  /** The one finding of {@code match} over epoll 4.2.9.Final declared in the POM. */
  private static Finding onEpoll429(CombinationMatch match, List<RuntimeFact> runtimes) {
    return run(match, List.of(maven(EPOLL, "4.2.9.Final", POM_DEP)), runtimes, List.of(), List.of())
        .get(0);
  }

  private static CombinationMatch javaOnly(String release) {
    return new CombinationMatch(List.of(), release, null, List.of(), List.of());
  }

  @Test
  void aRuleWithoutDependenciesIsReportedWhereTheRuntimeIsDeclared() {
    Location release = new Location("pom.xml", 9, 5, 9, 40);
    List<Finding> f =
        run(
            javaOnly("(,16)"),
            List.of(),
            List.of(new RuntimeFact("java", "11", null, release)),
            List.of(),
            List.of());
    assertEquals(1, f.size());
    assertEquals(release, f.get(0).location());
    assertEquals(
        "{dependency} {version} via {trail} on Java 11 (Java 11 from pom.xml:9)",
        f.get(0).message());
    assertEquals(
        List.of(new RelatedLocation(release, "target Java 11 declared here")), f.get(0).related());
  }

  @Test
  void aRuleWithoutDependenciesAndWithoutAPlaceIsNotReported() {
    assertEquals(
        List.of(),
        run(javaOnly("(,16)"), List.of(), List.of(), List.of(), List.of()),
        "an unknown release holds, but there is no line to report it on");
  }

  @Test
  void onlyRuntimesOfTheRulesKindCount() {
    Finding f =
        onEpoll429(
            affectedEpollOn("[17,)", null),
            List.of(new RuntimeFact("python", "3.11", null, PY_VERSION)));
    assertEquals(Precision.MEDIUM, f.precision());
    assertEquals(
        EPOLL_429_ON
            + "{runtime} (the target Java release could not be"
            + " determined (no release in the build, no class files))",
        f.message());
  }

  @Test
  void theFirstDeclaredRuntimeThatMatchesFillsTheMessage() {
    CombinationMatch match = affectedEpollOn("[11,)", null);
    List<RuntimeFact> runtimes =
        List.of(
            new RuntimeFact("java", "21", null, Location.line("b/pom.xml", 3)),
            new RuntimeFact("java", "1.8", null, Location.line("a/pom.xml", 7)),
            new RuntimeFact("java", "17", null, Location.line("a/pom.xml", 9)));
    Finding f = onEpoll429(affectedEpollOn("[11,)", null), runtimes);
    assertEquals(
        EPOLL_429_ON + "Java 17 (Java 17 from a/pom.xml:9)",
        f.message(),
        "a/pom.xml:7 (Java 8) is first but out of range; a/pom.xml:9 comes before b/pom.xml");
    assertEquals(Precision.HIGH, f.precision());
  }

  @Test
  void aDeclaredPythonRangeMerelyAdmitsTheRule() {
    Finding f =
        onEpoll429(
            affectedEpollOn(null, ">=3.7"),
            List.of(new RuntimeFact("python", null, ">=3.6", PY_VERSION)));
    assertEquals(Precision.MEDIUM, f.precision());
    assertEquals(
        EPOLL_429_ON
            + "Python >=3.6 (some supported Python versions"
            + " are affected: >=3.6 from .python-version:1)",
        f.message());
  }

  @Test
  void onlyTheWorkerClassSettingNamesTheWorker() {
    CombinationMatch match =
        new CombinationMatch(List.of(AFFECTED_EPOLL), null, null, List.of(), List.of("gevent"));
    List<ConfigFact> configs =
        List.of(new ConfigFact("gunicorn.bind", "gevent", Location.line("gunicorn.conf.py", 2)));
    Finding f =
        run(match, List.of(maven(EPOLL, "4.2.9.Final", POM_DEP)), List.of(), configs, List.of())
            .get(0);
    assertEquals(Precision.MEDIUM, f.precision());
    assertEquals(List.of(), f.related());
  }

  @Test
  void aSecondDependencyKnownOnlyByItsRangeLowersTheSeverity() {
    String gevent = "io.example:other";
    CombinationMatch match =
        new CombinationMatch(
            List.of(AFFECTED_EPOLL, new DependencyPattern("maven", List.of(gevent), "[1.0,2.0)")),
            null,
            null,
            List.of(),
            List.of());
    Dependency ranged =
        new Dependency(
            "maven",
            gevent,
            null,
            "[1.5,)",
            "compile",
            null,
            List.of(),
            Location.line("pom.xml", 30),
            List.of(),
            null);
    Finding f =
        run(
                match,
                List.of(maven(EPOLL, "4.2.9.Final", POM_DEP), ranged),
                List.of(),
                List.of(),
                List.of())
            .get(0);
    assertEquals(POM_DEP, f.location(), "the first entry decides the place");
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(
        EPOLL_429_ON
            + "{runtime} (the declared range "
            + gevent
            + " [1.5,) merely admits affected versions; pin a fixed version)",
        f.message());
  }

  @Test
  void aDependencyWithoutDeclarationIsReportedOnItsManifest() {
    Dependency undeclared = maven(EPOLL, "4.2.9.Final", null);
    CombinationMatch match = affectedEpollOn(null, null);
    assertEquals(
        Location.file("pom.xml"),
        run(match, List.of(undeclared), List.of(), List.of(), List.of()).get(0).location());
  }

  @Test
  void findingsOfSeveralRulesComeInFindingOrder() {
    CombinationMatch onZ =
        new CombinationMatch(
            List.of(new DependencyPattern("maven", List.of("z:z"), "[1,)")),
            null,
            null,
            List.of(),
            List.of());
    CombinationMatch onA =
        new CombinationMatch(
            List.of(new DependencyPattern("maven", List.of("a:a"), "[1,)")),
            null,
            null,
            List.of(),
            List.of());
    Rule first = withId("a-rule", onZ);
    Rule second = withId("b-rule", onA);
    List<Finding> f =
        new CombinationMatcher(new RulePack(List.of(first, second)), CombinationMatcherTest.SCHEMES)
            .match(
                List.of(
                    maven("z:z", "1.0", Location.line("z/pom.xml", 1)),
                    maven("a:a", "1.0", Location.line("a/pom.xml", 40))),
                List.of(),
                List.of(),
                List.of());
    assertEquals(
        List.of("a/pom.xml", "z/pom.xml"), f.stream().map(x -> x.location().path()).toList());
  }

  private static Rule withId(String id, CombinationMatch match) {
    return TestRule.from(CombinationMatcherTest.rule(match)).id(id).build();
  }
}
