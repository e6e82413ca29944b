package io.github.sockcheck.combination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.engine.CollectingSink;
import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.engine.ScanInputs;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.RelatedLocation;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.rules.RulePack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CombinationEngineTest {

  @TempDir Path root;

  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  private static final RulePack NO_RULES = new RulePack(List.of());

  private Path write(String rel, String text) throws IOException {
    Path file = root.resolve(rel);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private CollectingSink run(List<Path> buildFiles, List<Path> classRoots, Integer release)
      throws Exception {
    CollectingSink sink = new CollectingSink();
    new CombinationEngine(null)
        .run(Samples.context(root, NO_RULES, buildFiles, classRoots, release), sink);
    return sink;
  }

  /** A resolved direct dependency {@code x:y:1} as a shell (the Maven plugin) hands it over. */
  private static Dependency fromTheShell(Location declaredAt, List<RelatedLocation> versionSource) {
    return new Dependency(
        "maven",
        "x:y",
        "1",
        null,
        "compile",
        null,
        List.of("x:y:1"),
        declaredAt,
        versionSource,
        null);
  }

  /** The engine given {@code resolved} and no build files. */
  private CollectingSink runOn(Dependency resolved) throws Exception {
    ScanContext ctx =
        new ScanContext(
            ScanInputs.builder(root).dependencies(List.of(resolved)).inputs(), NO_RULES);
    CollectingSink sink = new CollectingSink();
    new CombinationEngine(null).run(ctx, sink);
    return sink;
  }

  @Test
  void xxePayloadIsRefusedAndTheNamedFileIsNeverRead() throws Exception {
    Path secret = write("secret.txt", "TOP-SECRET-VALUE");
    Path pom =
        write(
            "pom.xml",
            HEAD
                + "<!DOCTYPE project [<!ENTITY x SYSTEM \""
                + secret.toUri()
                + "\">]>\n"
                + "<project><groupId>g</groupId><artifactId>a</artifactId><version>1</version>\n"
                + "<dependencies><dependency><groupId>io.netty</groupId><artifactId>netty-all</artifactId>"
                + "<version>&x;</version></dependency></dependencies></project>\n");
    CollectingSink sink = run(List.of(pom), List.of(), null);
    assertTrue(sink.dependencies().isEmpty(), sink.dependencies().toString());
    assertEquals(1, sink.notifications().size());
    assertEquals("pom.xml", sink.notifications().get(0).location().path());
    assertFalse(sink.notifications().get(0).message().contains("TOP-SECRET"));
    assertTrue(
        sink.notifications().get(0).message().contains("DOCTYPE"),
        sink.notifications().get(0).message());
  }

  @Test
  void projectsSideBySideKeepTheirOwnDependenciesAndReleases() throws Exception {
    Path a =
        write(
            "a/pom.xml",
            HEAD
                + "<project><groupId>g</groupId><artifactId>a</artifactId><version>1</version>\n"
                + "<properties><maven.compiler.release>17</maven.compiler.release></properties>\n"
                + "<dependencies><dependency><groupId>x</groupId><artifactId>y</artifactId><version>2</version></dependency></dependencies></project>\n");
    Path b =
        write(
            "b/pom.xml",
            HEAD
                + "<project><groupId>g</groupId><artifactId>b</artifactId><version>1</version>\n"
                + "<properties><maven.compiler.release>11</maven.compiler.release></properties></project>\n");
    Path top =
        write(
            "pom.xml",
            HEAD
                + "<project><groupId>g</groupId><artifactId>top</artifactId><version>1</version>\n"
                + "<dependencies><dependency><groupId>t</groupId><artifactId>u</artifactId><version>3</version></dependency></dependencies></project>\n");
    CollectingSink sink = run(List.of(a, b, top), List.of(), null);
    assertEquals(
        List.of("x:y@a", "t:u@"),
        sink.dependencies().stream().map(d -> d.name() + "@" + d.project()).toList());
    assertEquals(
        List.of("17@a", "11@b"),
        sink.runtimes().stream().map(r -> r.version() + "@" + r.project()).toList());
    CollectingSink told = run(List.of(a, b), List.of(), 21);
    assertEquals(
        List.of("21@null"),
        told.runtimes().stream().map(r -> r.version() + "@" + r.project()).toList(),
        "a release the shell names holds for every project");
  }

  @Test
  void malformedPomIsReportedWithItsLineAndTheScanGoesOn() throws Exception {
    Path bad =
        write(
            "bad/pom.xml",
            HEAD
                + "<project>\n  <dependencies>\n    <dependency>\n  </dependencies>\n</project>\n");
    Path good =
        write(
            "good/pom.xml",
            HEAD
                + "<project><groupId>g</groupId><artifactId>a</artifactId><version>1</version>\n"
                + "<dependencies><dependency><groupId>x</groupId><artifactId>y</artifactId><version>2</version></dependency></dependencies></project>\n");
    CollectingSink sink = run(List.of(bad, good), List.of(), null);
    assertEquals(1, sink.notifications().size());
    Location at = sink.notifications().get(0).location();
    assertEquals("bad/pom.xml", at.path());
    assertEquals(5, at.startLine());
    assertEquals(1, sink.dependencies().size());
    assertEquals("x:y", sink.dependencies().get(0).name());
  }

  @Test
  void dependencyLocationAndPropertyVersionSource() throws Exception {
    Path pom =
        write(
            "svc/pom.xml",
            HEAD
                + "<project>\n" // 2
                + "  <groupId>g</groupId><artifactId>a</artifactId><version>1</version>\n"
                + "  <properties>\n" // 4
                + "    <netty.version>4.2.9.Final</netty.version>\n" // 5
                + "  </properties>\n"
                + "  <dependencies>\n"
                + "    <dependency>\n" // 8
                + "      <groupId>io.netty</groupId>\n"
                + "      <artifactId>netty-transport-classes-epoll</artifactId>\n"
                + "      <version>${netty.version}</version>\n"
                + "    </dependency>\n" // 12
                + "  </dependencies>\n"
                + "</project>\n");
    CollectingSink sink = run(List.of(pom), List.of(), null);
    Dependency d = sink.dependencies().get(0);
    assertEquals("4.2.9.Final", d.version());
    assertEquals(List.of("io.netty:netty-transport-classes-epoll:4.2.9.Final"), d.trail());
    assertEquals(new Location("svc/pom.xml", 8, 5, 12, 18), d.declaredAt());
    assertEquals(
        List.of(
            new RelatedLocation(
                new Location("svc/pom.xml", 5, 5, 5, 47), "version from property `netty.version`")),
        d.versionSource());

    PomLocator locator = new PomLocator(root);
    assertEquals(
        d.declaredAt(),
        locator.locateDependency(pom, "io.netty", "netty-transport-classes-epoll").orElseThrow());
    assertEquals(
        d.versionSource(), locator.versionSource(pom, "io.netty", "netty-transport-classes-epoll"));
    assertTrue(locator.locateDependency(pom, "io.netty", "netty-all").isEmpty());
  }

  @Test
  void literalVersionHasNoSeparateSourceButTheLocatorNamesTheVersionElement() throws Exception {
    Path pom =
        write(
            "pom.xml",
            HEAD
                + "<project><groupId>g</groupId><artifactId>a</artifactId><version>1</version>\n"
                + "<dependencies>\n<dependency><groupId>x</groupId><artifactId>y</artifactId>\n<version>2.0</version></dependency>\n</dependencies></project>\n");
    CollectingSink sink = run(List.of(pom), List.of(), null);
    assertEquals(List.of(), sink.dependencies().get(0).versionSource());
    List<RelatedLocation> source = new PomLocator(root).versionSource(pom, "x", "y");
    assertEquals(5, source.get(0).location().startLine());
  }

  @Test
  void versionRangeBecomesAConstraint() throws Exception {
    Path pom =
        write(
            "pom.xml",
            HEAD
                + "<project><groupId>g</groupId><artifactId>a</artifactId><version>1</version>"
                + "<dependencies><dependency><groupId>x</groupId><artifactId>y</artifactId><version>[4.2,4.3)</version></dependency></dependencies></project>");
    Dependency d = run(List.of(pom), List.of(), null).dependencies().get(0);
    assertEquals(null, d.version());
    assertEquals("[4.2,4.3)", d.constraint());
  }

  @Test
  void parentFoundByRelativePathSuppliesPropertiesAndManagement() throws Exception {
    write(
        "pom.xml",
        HEAD
            + "<project><groupId>g</groupId><artifactId>parent</artifactId><version>7</version><packaging>pom</packaging>\n"
            + "<properties><v>1.5</v></properties>\n"
            + "<dependencyManagement><dependencies>\n<dependency><groupId>x</groupId><artifactId>y</artifactId><version>${v}</version></dependency>\n"
            + "</dependencies></dependencyManagement></project>\n");
    Path child =
        write(
            "mod/pom.xml",
            HEAD
                + "<project><parent><groupId>g</groupId><artifactId>parent</artifactId><version>7</version></parent>\n"
                + "<artifactId>child</artifactId>\n"
                + "<dependencies><dependency><groupId>x</groupId><artifactId>y</artifactId></dependency>\n"
                + "<dependency><groupId>${project.groupId}</groupId><artifactId>sib</artifactId><version>${project.version}</version></dependency></dependencies></project>\n");
    CollectingSink sink = run(List.of(child), List.of(), null);
    assertEquals(2, sink.dependencies().size());
    Dependency y = sink.dependencies().get(0);
    assertEquals("1.5", y.version());
    assertEquals("mod/pom.xml", y.declaredAt().path());
    assertEquals(
        List.of(5, 3), y.versionSource().stream().map(r -> r.location().startLine()).toList());
    assertEquals("pom.xml", y.versionSource().get(0).location().path());
    Dependency sib = sink.dependencies().get(1);
    assertEquals("g:sib", sib.name());
    assertEquals("7", sib.version());
  }

  @Test
  void importedBomFromTheLocalRepository() throws Exception {
    Path repo = root.resolve("m2");
    Path bom = repo.resolve("org/example/the-bom/3/the-bom-3.pom");
    Files.createDirectories(bom.getParent());
    Files.writeString(
        bom,
        HEAD
            + "<project><groupId>org.example</groupId><artifactId>the-bom</artifactId><version>3</version>"
            + "<properties><z.version>9.9</z.version></properties>"
            + "<dependencyManagement><dependencies><dependency><groupId>x</groupId><artifactId>z</artifactId><version>${z.version}</version></dependency>"
            + "</dependencies></dependencyManagement></project>");
    Path pom =
        write(
            "app/pom.xml",
            HEAD
                + "<project><groupId>g</groupId><artifactId>a</artifactId><version>1</version>"
                + "<dependencyManagement><dependencies><dependency><groupId>org.example</groupId><artifactId>the-bom</artifactId><version>3</version>"
                + "<type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>"
                + "<dependencies><dependency><groupId>x</groupId><artifactId>z</artifactId></dependency></dependencies></project>");
    CollectingSink sink = new CollectingSink();
    new CombinationEngine(repo)
        .run(Samples.context(root, NO_RULES, List.of(pom), List.of(), null), sink);
    assertEquals("9.9", sink.dependencies().get(0).version());
    assertTrue(
        sink.dependencies()
            .get(0)
            .versionSource()
            .get(0)
            .message()
            .contains("dependencyManagement"));
  }

  @Test
  void dependencyTreeGivesTrailsAndTheDirectDeclaration() throws Exception {
    write(
        "pom.xml",
        HEAD
            + "<project><groupId>g</groupId><artifactId>a</artifactId><version>1</version>\n<dependencies>\n"
            + "<dependency><groupId>io.vertx</groupId><artifactId>vertx-core</artifactId><version>4.5.10</version></dependency>\n"
            + "</dependencies></project>\n");
    Path tree =
        write(
            "deps.txt",
            "g:a:jar:1\n"
                + "+- io.vertx:vertx-core:jar:4.5.10:compile\n"
                + "|  \\- io.netty:netty-transport-classes-epoll:jar:4.2.9.Final:compile (optional)\n"
                + "\\- junit:junit:jar:4.13.2:test\n");
    CollectingSink sink = run(List.of(root.resolve("pom.xml"), tree), List.of(), null);
    assertEquals(3, sink.dependencies().size(), sink.dependencies().toString());
    Dependency epoll =
        sink.dependencies().stream()
            .filter(d -> d.name().endsWith("epoll"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of("io.vertx:vertx-core:4.5.10", "io.netty:netty-transport-classes-epoll:4.2.9.Final"),
        epoll.trail());
    assertEquals(4, epoll.declaredAt().startLine());
    assertEquals("pom.xml", epoll.declaredAt().path());
    Dependency junit =
        sink.dependencies().stream()
            .filter(d -> d.name().equals("junit:junit"))
            .findFirst()
            .orElseThrow();
    assertEquals("test", junit.scope());
    assertEquals(
        Location.line("deps.txt", 4),
        junit.declaredAt()); // not declared in the pom: the report line
  }

  @Test
  void dependencyListIsRecognisedByContent() throws Exception {
    Path list =
        write(
            "resolved",
            "\nThe following files have been resolved:\n"
                + "   io.netty:netty-common:jar:4.2.9.Final:compile -- module io.netty.common\n"
                + "   io.netty:netty-transport-native-epoll:jar:linux-x86_64:4.2.9.Final:runtime\n");
    CollectingSink sink = run(List.of(list), List.of(), null);
    assertEquals(
        List.of("io.netty:netty-common", "io.netty:netty-transport-native-epoll"),
        sink.dependencies().stream().map(Dependency::name).toList());
    assertEquals("4.2.9.Final", sink.dependencies().get(1).version());
    assertEquals("runtime", sink.dependencies().get(1).scope());
    assertEquals(Location.line("resolved", 4), sink.dependencies().get(1).declaredAt());
  }

  @Test
  void resolvedDependenciesFromTheShellArePassedThrough() throws Exception {
    Dependency d = fromTheShell(null, List.of());
    assertEquals(List.of(d), runOn(d).dependencies());
  }

  /**
   * The Maven plugin gives the points Maven's model records (just after a start tag); findings and
   * fixes need the whole {@code <dependency>} and {@code <version>} elements.
   */
  @Test
  void pointsFromMavensModelAreWidenedToTheirElements() throws Exception {
    write(
        "pom.xml",
        HEAD
            + "<project>\n"
            + "  <dependencies>\n"
            + "    <dependency>\n"
            + "      <groupId>x</groupId><artifactId>y</artifactId>\n"
            + "      <version>1</version>\n"
            + "    </dependency>\n"
            + "  </dependencies>\n"
            + "</project>\n");
    Location dependency = new Location("pom.xml", 4, 17, 0, 0);
    Location version = new Location("pom.xml", 6, 16, 0, 0);
    Location notATag = new Location("pom.xml", 6, 17, 0, 0);
    Dependency d =
        fromTheShell(
            dependency,
            List.of(
                new RelatedLocation(version, "version declared here"),
                new RelatedLocation(notATag, "kept")));
    Dependency widened = runOn(d).dependencies().get(0);
    assertEquals(new Location("pom.xml", 4, 5, 7, 18), widened.declaredAt());
    assertEquals(new Location("pom.xml", 6, 7, 6, 27), widened.versionSource().get(0).location());
    assertEquals(notATag, widened.versionSource().get(1).location());
  }

  @Test
  void javaReleaseFromPropertiesPluginAndOldStyleTarget() throws Exception {
    Path byRelease =
        write(
            "r/pom.xml",
            HEAD
                + "<project><groupId>g</groupId><artifactId>r</artifactId><version>1</version>\n"
                + "<properties><maven.compiler.release>11</maven.compiler.release></properties></project>\n");
    Path byTarget =
        write(
            "t/pom.xml",
            HEAD
                + "<project><groupId>g</groupId><artifactId>t</artifactId><version>1</version>\n"
                + "<properties><maven.compiler.target>1.8</maven.compiler.target></properties></project>\n");
    Path byPlugin =
        write(
            "p/pom.xml",
            HEAD
                + "<project><groupId>g</groupId><artifactId>p</artifactId><version>1</version>\n"
                + "<properties><maven.compiler.release>21</maven.compiler.release><jdk>15</jdk></properties>\n"
                + "<build><plugins><plugin><artifactId>maven-compiler-plugin</artifactId>\n"
                + "<configuration><release>${jdk}</release></configuration></plugin></plugins></build></project>\n");
    assertEquals("11", run(List.of(byRelease), List.of(), null).runtimes().get(0).version());
    assertEquals(
        3, run(List.of(byRelease), List.of(), null).runtimes().get(0).declaredAt().startLine());
    assertEquals("8", run(List.of(byTarget), List.of(), null).runtimes().get(0).version());
    RuntimeFact plugin = run(List.of(byPlugin), List.of(), null).runtimes().get(0);
    assertEquals("15", plugin.version());
    assertEquals(
        3, plugin.declaredAt().startLine()); // the <jdk> property the configuration refers to
    assertEquals("17", run(List.of(byRelease), List.of(), 17).runtimes().get(0).version());
  }

  @Test
  void javaReleaseFromClassFilesWhenThePomSaysNothing() throws Exception {
    Path classes = root.resolve("classes");
    Files.createDirectories(classes.resolve("a"));
    Files.write(
        classes.resolve("a/Old.class"),
        new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 52});
    Files.write(
        classes.resolve("a/New.class"),
        new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 55});
    Files.write(classes.resolve("a/Junk.class"), new byte[] {1, 2, 3});
    List<RuntimeFact> runtimes = run(List.of(), List.of(classes), null).runtimes();
    assertEquals(List.of(new RuntimeFact("java", "11", null, null)), runtimes);
    assertTrue(run(List.of(), List.of(), null).runtimes().isEmpty());
  }

  @Test
  void engineIdIsCombination() {
    assertEquals("combination", new CombinationEngine().id());
    assertEquals(Severity.ERROR, Severity.parse("error"));
  }
}
