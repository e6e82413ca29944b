package io.github.sockcheck.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ConfigFact;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.RelatedLocation;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.CombinationMatch;
import io.github.sockcheck.core.rules.DependencyPattern;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RulePack;
import io.github.sockcheck.core.rules.TestRule;
import io.github.sockcheck.core.versions.MavenVersionScheme;
import io.github.sockcheck.core.versions.Pep440VersionScheme;
import io.github.sockcheck.core.versions.VersionScheme;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CombinationMatcherTest {

  static final String EPOLL = "io.netty:netty-transport-classes-epoll";
  static final Location POM_DEP = new Location("app/pom.xml", 20, 5, 24, 18);

  static final VersionScheme PYPI = new Pep440VersionScheme();

  static final Map<String, VersionScheme> SCHEMES =
      Map.of("maven", new MavenVersionScheme(), "pypi", PYPI);

  static Rule rule(CombinationMatch match) {
    return TestRule.combination("netty-dgram", match)
        .severity(Severity.ERROR)
        .tags(List.of("netty"))
        .message("{dependency} {version} via {trail} on {runtime}")
        .build();
  }

  static CombinationMatch netty(String javaRelease, List<CallPattern> uses) {
    return new CombinationMatch(
        List.of(
            new DependencyPattern(
                "maven", List.of(EPOLL, "io.netty:netty-all"), "[4.2.8.Final,4.2.10.Final)")),
        javaRelease,
        null,
        uses,
        List.of());
  }

  static Dependency maven(String name, String version, Location at, String... trail) {
    return mavenInProject(null, name, version, at, trail);
  }

  /**
   * A compile-scope Maven dependency declared {@code at} in {@code project} (null: a one-project
   * scan), reached through {@code trail} (default: itself).
   */
  static Dependency mavenInProject(
      String project, String name, String version, Location at, String... trail) {
    return new Dependency(
        "maven",
        name,
        version,
        null,
        "compile",
        null,
        trail.length == 0 ? List.of(name + ":" + version) : List.of(trail),
        at,
        List.of(),
        project);
  }

  /** A Maven dependency the POM declares by a version range only, with no resolved version. */
  static Dependency mavenRange(String name, String range) {
    return new Dependency(
        "maven", name, null, range, "compile", null, List.of(), POM_DEP, List.of(), null);
  }

  static CallPattern ctor(String owner) {
    return new CallPattern(
        Language.JAVA, owner, false, "<init>", null, null, Map.of(), Map.of(), List.of());
  }

  static CallSite newCall(String owner, Location at) {
    return CallSite.builder(Language.JAVA, owner, "<init>")
        .paramTypes(List.of("int"))
        .args(List.of(ArgFact.UNKNOWN))
        .location(at)
        .enclosing("A#m")
        .engine("source")
        .build();
  }

  static List<Finding> run(
      CombinationMatch match,
      List<Dependency> deps,
      List<RuntimeFact> rts,
      List<ConfigFact> configs,
      List<CallSite> sites) {
    return new CombinationMatcher(new RulePack(List.of(rule(match))), SCHEMES)
        .match(deps, rts, configs, sites);
  }

  static final RuntimeFact JAVA17 =
      new RuntimeFact("java", "17", null, new Location("app/pom.xml", 8, 5, 8, 50));

  @Test
  void exactVersionInRangeFiresAtTheDeclaration() {
    List<Finding> f =
        run(
            netty(null, List.of()),
            List.of(
                maven(
                    EPOLL,
                    "4.2.9.Final",
                    POM_DEP,
                    "io.vertx:vertx-core:4.5.10",
                    EPOLL + ":4.2.9.Final")),
            List.of(JAVA17),
            List.of(),
            List.of());
    assertEquals(1, f.size());
    Finding finding = f.get(0);
    assertEquals(POM_DEP, finding.location());
    assertEquals(Severity.ERROR, finding.severity());
    assertEquals(Precision.HIGH, finding.precision());
    assertEquals(Set.of("combination"), finding.engines());
    assertEquals(
        EPOLL
            + " 4.2.9.Final via io.vertx:vertx-core:4.5.10 → "
            + EPOLL
            + ":4.2.9.Final on {runtime}",
        finding.message());
    assertEquals(EPOLL + ":4.2.9.Final", finding.properties().get("coordinate"));
    assertEquals(
        "io.vertx:vertx-core:4.5.10 → " + EPOLL + ":4.2.9.Final",
        finding.properties().get("trail"));
  }

  @Test
  void versionsOutsideTheRangeDoNotFire() {
    for (String v : List.of("4.2.7.Final", "4.2.10.Final", "4.1.118.Final")) {
      assertEquals(
          List.of(),
          run(
              netty(null, List.of()),
              List.of(maven(EPOLL, v, POM_DEP)),
              List.of(),
              List.of(),
              List.of()),
          v);
    }
  }

  @Test
  void otherArtifactsDoNotFire() {
    assertEquals(
        List.of(),
        run(
            netty(null, List.of()),
            List.of(maven("io.netty:netty-transport", "4.2.9.Final", POM_DEP)),
            List.of(),
            List.of(),
            List.of()));
  }

  @Test
  void versionSourcesBecomeRelatedLocations() {
    RelatedLocation property =
        new RelatedLocation(
            new Location("pom.xml", 12, 5, 12, 40), "version from property netty.version");
    Dependency d =
        new Dependency(
            "maven",
            EPOLL,
            "4.2.8.Final",
            null,
            "compile",
            null,
            List.of(EPOLL + ":4.2.8.Final"),
            POM_DEP,
            List.of(property),
            null);
    List<Finding> f = run(netty(null, List.of()), List.of(d), List.of(), List.of(), List.of());
    assertEquals(List.of(property), f.get(0).related());
  }

  @Test
  void constraintOnlyIsOneSeverityLowerAndSaysSo() {
    Dependency ranged = mavenRange(EPOLL, "[4.2,4.3)");
    List<Finding> f = run(netty(null, List.of()), List.of(ranged), List.of(), List.of(), List.of());
    assertEquals(1, f.size());
    assertEquals(Severity.WARNING, f.get(0).severity());
    assertTrue(f.get(0).message().contains("merely admits affected versions"), f.get(0).message());

    Dependency above = mavenRange(EPOLL, "[4.2.10.Final,)");
    assertEquals(
        List.of(), run(netty(null, List.of()), List.of(above), List.of(), List.of(), List.of()));
  }

  @Test
  void everyDependencyEntryMustBePresent() {
    CombinationMatch both =
        new CombinationMatch(
            List.of(
                new DependencyPattern(
                    "maven", List.of("org.eclipse.jetty:jetty-server"), "[12.0.7,)"),
                new DependencyPattern(
                    "maven",
                    List.of("com.kohlschutter.junixsocket:junixsocket-common"),
                    "(,2.9.1)")),
            null,
            null,
            List.of(),
            List.of());
    Dependency jetty = maven("org.eclipse.jetty:jetty-server", "12.0.7", POM_DEP);
    assertEquals(List.of(), run(both, List.of(jetty), List.of(), List.of(), List.of()));
    List<Finding> f =
        run(
            both,
            List.of(jetty, maven("com.kohlschutter.junixsocket:junixsocket-common", "2.9.0", null)),
            List.of(),
            List.of(),
            List.of());
    assertEquals(1, f.size());
    assertEquals(POM_DEP, f.get(0).location());
    assertEquals(
        List.of(),
        run(
            both,
            List.of(jetty, maven("com.kohlschutter.junixsocket:junixsocket-common", "2.9.1", null)),
            List.of(),
            List.of(),
            List.of()));
  }

  @Test
  void javaReleaseInRangeFillsRuntime() {
    CombinationMatch old = netty("(,16)", List.of());
    Dependency d = maven(EPOLL, "4.2.9.Final", POM_DEP);
    RuntimeFact java11 =
        new RuntimeFact("java", "11", null, new Location("app/pom.xml", 9, 5, 9, 50));
    List<Finding> f = run(old, List.of(d), List.of(java11), List.of(), List.of());
    assertEquals(1, f.size());
    assertTrue(
        f.get(0).message().endsWith("on Java 11 (Java 11 from app/pom.xml:9)"), f.get(0).message());
    assertEquals(Precision.HIGH, f.get(0).precision());
    assertTrue(f.get(0).related().stream().anyMatch(r -> r.location().equals(java11.declaredAt())));
    assertEquals(List.of(), run(old, List.of(d), List.of(JAVA17), List.of(), List.of()));
    assertEquals(
        1,
        run(
                old,
                List.of(d),
                List.of(new RuntimeFact("java", "1.8", null, null)),
                List.of(),
                List.of())
            .size());
  }

  @Test
  void unknownJavaReleaseFiresWithLowerPrecisionAndLevel() {
    List<Finding> f =
        run(
            netty("(,16)", List.of()),
            List.of(maven(EPOLL, "4.2.9.Final", POM_DEP)),
            List.of(),
            List.of(),
            List.of());
    assertEquals(1, f.size());
    assertEquals(Precision.MEDIUM, f.get(0).precision());
    assertEquals(
        Severity.WARNING,
        f.get(0).severity(),
        "nothing decides the release: one level below the rule's error");
    assertTrue(
        f.get(0).message().contains("the target Java release could not be determined"),
        f.get(0).message());
  }

  @Test
  void codeUsesRequireAMatchingCallAndAddItAsRelated() {
    CombinationMatch m = netty(null, List.of(ctor("io.netty.channel.epoll.EpollDatagramChannel")));
    Dependency d = maven(EPOLL, "4.2.9.Final", POM_DEP);
    assertEquals(List.of(), run(m, List.of(d), List.of(), List.of(), List.of()));
    assertEquals(
        List.of(),
        run(
            m,
            List.of(d),
            List.of(),
            List.of(),
            List.of(
                newCall(
                    "io.netty.channel.epoll.EpollSocketChannel", Location.line("src/A.java", 3)))));
    Location use = new Location("src/main/java/A.java", 7, 9, 7, 40);
    List<Finding> f =
        run(
            m,
            List.of(d),
            List.of(),
            List.of(),
            List.of(newCall("io.netty.channel.epoll.EpollDatagramChannel", use)));
    assertEquals(1, f.size());
    assertEquals(POM_DEP, f.get(0).location());
    assertEquals(use, f.get(0).related().get(0).location());
    assertTrue(f.get(0).related().get(0).message().contains("new EpollDatagramChannel"));
  }

  @Test
  void oneFindingPerDistinctDeclarationInDeterministicOrder() {
    Location a = new Location("a/pom.xml", 10, 5, 14, 18);
    Location b = new Location("b/pom.xml", 11, 5, 15, 18);
    List<Dependency> deps =
        List.of(
            maven(EPOLL, "4.2.9.Final", b),
            maven("io.netty:netty-all", "4.2.8.Final", a),
            maven(EPOLL, "4.2.8.Final", a, "x:y:1", EPOLL + ":4.2.8.Final"),
            maven(EPOLL, "4.2.9.Final", b));
    List<Finding> f = run(netty(null, List.of()), deps, List.of(), List.of(), List.of());
    assertEquals(List.of(a, b), f.stream().map(Finding::location).toList());
    List<Finding> again =
        run(
            netty(null, List.of()),
            List.of(deps.get(3), deps.get(2), deps.get(1), deps.get(0)),
            List.of(),
            List.of(),
            List.of());
    assertEquals(f, again);
  }

  static CombinationMatch gevent(List<String> workers) {
    return new CombinationMatch(
        List.of(new DependencyPattern("pypi", List.of("gevent"), ">=1.3")),
        null,
        ">=3.7",
        List.of(),
        workers);
  }

  static final Location REQ = Location.line("requirements.txt", 2);

  /** The findings of the gevent rule (any worker) over {@code gev} on Python 3.11. */
  static List<Finding> geventOnPython311(Dependency gev) {
    return run(
        gevent(List.of()),
        List.of(gev),
        List.of(new RuntimeFact("python", "3.11", null, null)),
        List.of(),
        List.of());
  }

  /** gevent as requirements.txt line 2 declares it, outside any project. */
  static Dependency geventOnRequirementsLine2(String version) {
    return new Dependency(
        "pypi", "gevent", version, null, "runtime", null, List.of("gevent"), REQ, List.of(), null);
  }

  @Test
  void pythonAndGunicornWorkerBranches() {
    Dependency gev =
        new Dependency(
            "pypi",
            "gevent",
            "24.2.1",
            null,
            "runtime",
            null,
            List.of("gevent==24.2.1"),
            REQ,
            List.of(),
            null);
    RuntimeFact py311 =
        new RuntimeFact("python", "3.11", null, Location.line(".python-version", 1));
    ConfigFact geventWorker =
        new ConfigFact("gunicorn.worker_class", "gevent", Location.line("gunicorn.conf.py", 3));
    ConfigFact syncWorker =
        new ConfigFact("gunicorn.worker_class", "sync", Location.line("gunicorn.conf.py", 3));

    List<Finding> f =
        run(
            gevent(List.of("gevent")),
            List.of(gev),
            List.of(py311),
            List.of(geventWorker),
            List.of());
    assertEquals(1, f.size());
    assertEquals(Precision.HIGH, f.get(0).precision());
    assertTrue(
        f.get(0).related().stream().anyMatch(r -> r.location().equals(geventWorker.declaredAt())));

    assertEquals(
        List.of(),
        run(
            gevent(List.of("gevent")),
            List.of(gev),
            List.of(py311),
            List.of(syncWorker),
            List.of()));

    List<Finding> unknownWorker =
        run(gevent(List.of("gevent")), List.of(gev), List.of(py311), List.of(), List.of());
    assertEquals(Precision.MEDIUM, unknownWorker.get(0).precision());
    assertTrue(
        unknownWorker.get(0).message().contains("gunicorn worker class could not be determined"));

    RuntimeFact py36 = new RuntimeFact("python", "3.6", null, null);
    assertEquals(
        List.of(), run(gevent(List.of()), List.of(gev), List.of(py36), List.of(), List.of()));

    List<Finding> unknownPython =
        run(gevent(List.of()), List.of(gev), List.of(), List.of(), List.of());
    assertEquals(Precision.MEDIUM, unknownPython.get(0).precision());
    assertTrue(unknownPython.get(0).message().contains("Python version could not be determined"));

    List<Finding> bothUnknown =
        run(gevent(List.of("gevent")), List.of(gev), List.of(), List.of(), List.of());
    assertEquals(Precision.LOW, bothUnknown.get(0).precision());
  }

  @Test
  void pypiConstraintIsOneSeverityLower() {
    Dependency gev =
        new Dependency(
            "pypi",
            "gevent",
            null,
            ">=1.0",
            "runtime",
            null,
            List.of("gevent>=1.0"),
            REQ,
            List.of(),
            null);
    List<Finding> f = geventOnPython311(gev);
    assertEquals(1, f.size());
    assertEquals(Severity.WARNING, f.get(0).severity());
    assertEquals(REQ, f.get(0).location());
    assertTrue(
        f.get(0).message().contains("gevent >=1.0 merely admits affected versions"),
        f.get(0).message());
  }

  static final String VERTX = "io.vertx:vertx-core";
  static final String NATIVE_EPOLL = "io.netty:netty-transport-native-epoll";

  static CombinationMatch vertxWithoutNative(
      List<CallPattern> uses, List<io.github.sockcheck.core.rules.Condition> where) {
    return new CombinationMatch(
        List.of(
            new DependencyPattern("maven", List.of(VERTX), "(,5.0.0)"),
            new DependencyPattern(
                "maven", List.of(NATIVE_EPOLL, "io.netty:netty-all"), null, true)),
        null,
        null,
        uses,
        List.of(),
        where);
  }

  @Test
  void anAbsentEntryFiresOnlyWhenNoneOfItsNamesIsADependency() {
    CombinationMatch m = vertxWithoutNative(List.of(), List.of());
    Dependency vertx = maven(VERTX, "4.5.10", POM_DEP);
    Dependency nettyTransitive =
        maven(
            "io.netty:netty-transport",
            "4.1.111.Final",
            POM_DEP,
            VERTX + ":4.5.10",
            "io.netty:netty-transport:4.1.111.Final");
    List<Finding> f = run(m, List.of(vertx, nettyTransitive), List.of(), List.of(), List.of());
    assertEquals(1, f.size());
    assertEquals(
        Precision.HIGH, f.get(0).precision(), "the resolved tree is known: absence is certain");

    Dependency epoll = maven(NATIVE_EPOLL, "4.1.111.Final", POM_DEP);
    assertEquals(
        List.of(), run(m, List.of(vertx, nettyTransitive, epoll), List.of(), List.of(), List.of()));
    Dependency ranged = mavenRange(NATIVE_EPOLL, "[4.1,)");
    assertEquals(
        List.of(),
        run(m, List.of(vertx, ranged), List.of(), List.of(), List.of()),
        "a declared range counts as present");
  }

  @Test
  void absenceAmongDirectDependenciesOnlyIsOnePrecisionStepLower() {
    List<Finding> f =
        run(
            vertxWithoutNative(List.of(), List.of()),
            List.of(maven(VERTX, "4.5.10", POM_DEP)),
            List.of(),
            List.of(),
            List.of());
    assertEquals(1, f.size());
    assertEquals(Precision.MEDIUM, f.get(0).precision());
    assertTrue(
        f.get(0)
            .message()
            .contains(
                "only direct dependencies are known, so "
                    + NATIVE_EPOLL
                    + " or io.netty:netty-all may still come in transitively"),
        f.get(0).message());
  }

  @Test
  void anAbsentEntryWithARangeOnlyCountsVersionsInIt() {
    CombinationMatch m =
        new CombinationMatch(
            List.of(
                new DependencyPattern("maven", List.of(VERTX), "(,5.0.0)"),
                new DependencyPattern("maven", List.of(NATIVE_EPOLL), "[4.1.0.Final,)", true)),
            null,
            null,
            List.of(),
            List.of());
    Dependency vertx = maven(VERTX, "4.5.10", POM_DEP, VERTX + ":4.5.10");
    Dependency oldEpoll =
        maven(
            NATIVE_EPOLL,
            "4.0.56.Final",
            POM_DEP,
            VERTX + ":4.5.10",
            NATIVE_EPOLL + ":4.0.56.Final");
    assertEquals(1, run(m, List.of(vertx, oldEpoll), List.of(), List.of(), List.of()).size());
    Dependency newEpoll =
        maven(
            NATIVE_EPOLL,
            "4.1.111.Final",
            POM_DEP,
            VERTX + ":4.5.10",
            NATIVE_EPOLL + ":4.1.111.Final");
    assertEquals(List.of(), run(m, List.of(vertx, newEpoll), List.of(), List.of(), List.of()));
  }

  @Test
  void aCodeUseCountsOnlyWhenItsConditionHoldsForTheArguments() {
    CallPattern domainAddress =
        new CallPattern(
            Language.JAVA,
            "io.vertx.core.net.SocketAddress",
            false,
            "domainSocketAddress",
            null,
            null,
            Map.of("path", 0),
            Map.of(),
            List.of());
    io.github.sockcheck.core.rules.Condition nonNullPath =
        new io.github.sockcheck.core.rules.Condition.Not(
            new io.github.sockcheck.core.rules.Condition.Arg(
                "path", new io.github.sockcheck.core.rules.ValueTest.IsNull()));
    CombinationMatch m = vertxWithoutNative(List.of(domainAddress), List.of(nonNullPath));
    List<Dependency> deps = List.of(maven(VERTX, "4.5.10", POM_DEP, VERTX + ":4.5.10"));
    Location nullAt = new Location("src/A.java", 5, 1, 5, 30);
    Location pathAt = new Location("src/A.java", 9, 1, 9, 30);
    CallSite withNull =
        CallSite.builder(Language.JAVA, "io.vertx.core.net.SocketAddress", "domainSocketAddress")
            .paramTypes(List.of("java.lang.String"))
            .args(List.of(ArgFact.ofNull("null")))
            .location(nullAt)
            .enclosing("A#m")
            .engine("source")
            .build();
    CallSite withPath =
        CallSite.builder(Language.JAVA, "io.vertx.core.net.SocketAddress", "domainSocketAddress")
            .paramTypes(List.of("java.lang.String"))
            .args(List.of(ArgFact.of(io.github.sockcheck.core.facts.ArgOrigin.PARAMETER, "p")))
            .location(pathAt)
            .enclosing("A#m")
            .engine("source")
            .build();

    assertEquals(
        List.of(),
        run(m, deps, List.of(), List.of(), List.of(withNull)),
        "the only use fails its condition");
    List<Finding> f = run(m, deps, List.of(), List.of(), List.of(withNull, withPath));
    assertEquals(1, f.size());
    assertTrue(
        f.get(0).related().stream().anyMatch(r -> r.location().equals(pathAt)),
        f.get(0).related().toString());
    assertTrue(
        f.get(0).related().stream().noneMatch(r -> r.location().equals(nullAt)),
        f.get(0).related().toString());
  }

  static Dependency pypi(String name, String version, String constraint, String project) {
    String prefix = project.isEmpty() ? "" : project + "/";
    return new Dependency(
        "pypi",
        name,
        version,
        constraint,
        "runtime",
        null,
        List.of(name),
        Location.line(prefix + "requirements.txt", 1),
        List.of(),
        project);
  }

  @Test
  void factsOfOneProjectNeverCompleteAnother() {
    Dependency gevA = pypi("gevent", "24.2.1", null, "svc/a");
    RuntimeFact py311B =
        new RuntimeFact(
            "python",
            "3.11",
            null,
            Location.line("svc/b/.python-version", 1),
            "svc/b",
            RuntimeFact.Evidence.PIN,
            null);
    ConfigFact workerB =
        new ConfigFact(
            "gunicorn.worker_class", "gevent", Location.line("svc/b/Procfile", 1), "svc/b");
    RuntimeFact py36A =
        new RuntimeFact(
            "python",
            "3.6",
            null,
            Location.line("svc/a/Dockerfile", 1),
            "svc/a",
            RuntimeFact.Evidence.DEPLOYMENT,
            null);
    assertEquals(
        List.of(),
        run(
            gevent(List.of("gevent")),
            List.of(gevA),
            List.of(py36A, py311B),
            List.of(workerB),
            List.of()),
        "svc/a runs 3.6; svc/b's 3.11 and worker do not count for it");
    List<Finding> f =
        run(
            gevent(List.of("gevent")),
            List.of(gevA, pypi("gevent", "24.2.1", null, "svc/b")),
            List.of(py36A, py311B),
            List.of(workerB),
            List.of());
    assertEquals(
        List.of(Location.line("svc/b/requirements.txt", 1)),
        f.stream().map(Finding::location).toList());
    assertTrue(
        f.get(0).message().contains("Python 3.11 from svc/b/.python-version:1"),
        f.get(0).message());
    assertTrue(
        f.get(0).message().contains("gunicorn worker class gevent from svc/b/Procfile:1"),
        f.get(0).message());
  }

  @Test
  void scanWideFactsCountForEveryProjectAndGiveOneFinding() {
    RuntimeFact py311 =
        new RuntimeFact("python", "3.11", null, Location.line(".python-version", 1));
    List<Finding> f =
        run(
            gevent(List.of()),
            List.of(pypi("gevent", "24.2.1", null, "svc/a"), pypi("gevent", "24.2.1", null, "")),
            List.of(py311),
            List.of(),
            List.of());
    assertEquals(2, f.size());
    Dependency global = geventOnRequirementsLine2("24.2.1");
    assertEquals(
        1,
        run(
                gevent(List.of()),
                List.of(global, pypi("x", "1", null, "svc/a")),
                List.of(py311),
                List.of(),
                List.of())
            .size());
  }

  @Test
  void codeUsesCountOnlyInTheirOwnProject() {
    CombinationMatch m = netty(null, List.of(ctor("io.netty.channel.epoll.EpollDatagramChannel")));
    Dependency inA =
        mavenInProject("a", EPOLL, "4.2.9.Final", new Location("a/pom.xml", 20, 5, 24, 18));
    Dependency inB = mavenInProject("b", "x:y", "1", new Location("b/pom.xml", 20, 5, 24, 18));
    CallSite useInB =
        newCall(
            "io.netty.channel.epoll.EpollDatagramChannel",
            Location.line("b/src/main/java/B.java", 3));
    assertEquals(List.of(), run(m, List.of(inA, inB), List.of(), List.of(), List.of(useInB)));
    CallSite useInA =
        newCall(
            "io.netty.channel.epoll.EpollDatagramChannel",
            Location.line("a/src/main/java/A.java", 3));
    assertEquals(1, run(m, List.of(inA, inB), List.of(), List.of(), List.of(useInA)).size());
  }

  @Test
  void anUnpinnedRequirementAdmitsEveryReleaseAndSaysSo() {
    Dependency gev = geventOnRequirementsLine2(null);
    List<Finding> f = geventOnPython311(gev);
    assertEquals(1, f.size());
    assertEquals(
        Severity.WARNING, f.get(0).severity(), "one level below the rule's error, like a range");
    assertTrue(
        f.get(0)
            .message()
            .contains(
                "gevent is declared without a version (requirements.txt:2), so every release"
                    + " is admitted"),
        f.get(0).message());
  }

  @Test
  void levelsFollowWhatDecidedTheRuntime() {
    Dependency gev = geventOnRequirementsLine2("24.2.1");
    RuntimeFact supported =
        new RuntimeFact(
            "python",
            null,
            ">=3.6",
            Location.line("pyproject.toml", 4),
            null,
            RuntimeFact.Evidence.SUPPORTED,
            "requires-python");
    Finding range =
        run(gevent(List.of()), List.of(gev), List.of(supported), List.of(), List.of()).get(0);
    assertEquals(Severity.ERROR, range.severity());
    assertEquals(Precision.MEDIUM, range.precision());
    assertTrue(
        range
            .message()
            .contains(
                "some supported Python versions are affected: >=3.6 from pyproject.toml:4"
                    + " (requires-python)"),
        range.message());

    Finding none = run(gevent(List.of()), List.of(gev), List.of(), List.of(), List.of()).get(0);
    assertEquals(Severity.WARNING, none.severity());
    assertEquals(Precision.MEDIUM, none.precision());

    RuntimeFact deployed =
        new RuntimeFact(
            "python",
            "3.8",
            null,
            Location.line("Dockerfile", 1),
            null,
            RuntimeFact.Evidence.DEPLOYMENT,
            "FROM python:3.8-slim");
    Finding confirmed =
        run(gevent(List.of()), List.of(gev), List.of(deployed, supported), List.of(), List.of())
            .get(0);
    assertEquals(Severity.ERROR, confirmed.severity());
    assertEquals(Precision.HIGH, confirmed.precision());
    assertTrue(
        confirmed.message().contains("Python 3.8 from Dockerfile:1 (FROM python:3.8-slim)"),
        confirmed.message());
  }
}
