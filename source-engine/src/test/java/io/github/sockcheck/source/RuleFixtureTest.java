package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.match.CallMatcher;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleLoader;
import io.github.sockcheck.core.rules.RulePack;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the source engine and the shared matcher over every {@code testdata/rules/<id>/} folder with the
 * real library jars on the classpath, and compares findings with the {@code // expect: <id>} markers:
 * every marker of a rule the source engine runs is found, and nothing else is.
 */
class RuleFixtureTest {

  private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");

  /** Jars of the build itself; everything else on the test classpath comes from sockcheck-fixture-libs. */
  private static final List<String> INFRASTRUCTURE = List.of("/org/junit/", "/org/opentest4j/",
      "/org/apiguardian/", "/com/github/javaparser/", "/org/javassist/", "/com/google/guava/",
      "/io/github/sockcheck/", "/com/fasterxml/", "/org/snakeyaml/", "/org/yaml/", "/com/networknt/",
      "/net/jqwik/", "/org/slf4j/", "/com/ethlo/", "/org/apache/maven/", "/org/codehaus/plexus/",
      "/com/contrastsecurity/", "/org/junit/platform/");

  @TestFactory
  Stream<DynamicTest> everyRuleFixture() throws Exception {
    Path root = Path.of(System.getProperty("sockcheck.root", "..")).toAbsolutePath().normalize();
    Path fixtures = root.resolve("testdata/rules");
    assumeTrue(Files.isDirectory(fixtures), "no testdata/rules yet");
    // Rule by rule: a rule file another stage is still editing must only fail its own fixture.
    List<Rule> rules = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    try (Stream<Path> s = Files.list(root.resolve("rules"))) {
      for (Path file : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        try {
          rules.add(new RuleLoader().parse("rules/" + file.getFileName(), Files.readString(file)));
        } catch (Exception e) {
          broken.add(file.getFileName().toString().replace(".yaml", ""));
        }
      }
    }
    RulePack pack = new RulePack(rules);
    List<Path> jars = fixtureJars();
    List<Path> folders;
    try (Stream<Path> s = Files.list(fixtures)) {
      folders = s.filter(Files::isDirectory).sorted().toList();
    }
    return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(),
        () -> {
          assertEquals(List.of(), broken.stream().filter(folder.getFileName().toString()::equals).toList(),
              "the rule file does not load");
          check(root, folder, pack, jars);
        }));
  }

  private static void check(Path root, Path folder, RulePack pack, List<Path> jars) throws Exception {
    String id = folder.getFileName().toString();
    Optional<Rule> rule = pack.rule(id);
    assumeTrue(rule.isPresent() && rule.get().runsIn(SourceEngine.ID), id + " is not a source-engine rule");
    TestSupport.Sink sink = new TestSupport.Sink();
    var ctx = new io.github.sockcheck.core.engine.ScanContext(root, pack, List.of(folder), List.of(), jars,
        List.of(), List.of(), List.of(), null, false, 2, List.of(), List.of());
    new SourceEngine().run(ctx, sink);
    CallMatcher matcher = new CallMatcher(pack);
    SortedSet<String> actual = new TreeSet<>();
    for (CallSite site : sink.sites) {
      for (Finding f : matcher.match(site)) {
        actual.add(f.location().path() + ":" + f.location().startLine() + " " + f.ruleId());
      }
    }
    SortedSet<String> expected = expected(root, folder, pack);
    assertEquals(String.join("\n", expected), String.join("\n", actual),
        "findings differ from the // expect markers (notifications: " + sink.notes + ")");
  }

  /** path:line ruleId for every marker of a rule that the source engine runs. */
  private static SortedSet<String> expected(Path root, Path folder, RulePack pack) throws IOException {
    SortedSet<String> expected = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(folder)) {
      files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file);
      String rel = root.relativize(file).toString().replace('\\', '/');
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = EXPECT.matcher(lines.get(i));
        if (!m.find()) continue;
        for (String ruleId : m.group(1).split("\\s*,\\s*")) {
          boolean source = pack.rule(ruleId).map(r -> r.runsIn(SourceEngine.ID)).orElse(true);
          if (source) expected.add(rel + ":" + (i + 1) + " " + ruleId);
        }
      }
    }
    return expected;
  }

  private static List<Path> fixtureJars() {
    List<Path> jars = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String normalized = entry.replace('\\', '/');
      if (!normalized.endsWith(".jar")) continue;
      if (INFRASTRUCTURE.stream().anyMatch(normalized::contains)) continue;
      jars.add(Path.of(entry));
    }
    return jars;
  }
}
