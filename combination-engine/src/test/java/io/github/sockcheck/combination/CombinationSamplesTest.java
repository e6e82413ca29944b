package io.github.sockcheck.combination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleKind;
import io.github.sockcheck.core.rules.RuleLoader;
import io.github.sockcheck.core.rules.RulePack;
import io.github.sockcheck.core.versions.MavenVersionScheme;
import io.github.sockcheck.core.versions.Pep440VersionScheme;
import io.github.sockcheck.core.versions.VersionScheme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the combination engine and matcher over every sample project in {@code testdata/combos/} and
 * compares the findings with the {@code <!-- expect: rule-id -->} markers on {@code <dependency>} lines.
 */
class CombinationSamplesTest {

  private static final Pattern EXPECT = Pattern.compile("<!--\\s*expect:\\s*([a-z0-9-]+)\\s*-->");
  static final Map<String, VersionScheme> SCHEMES = Map.of("maven", new MavenVersionScheme(), "pypi", new Pep440VersionScheme());
  private RulePack rules;

  /** Per test, not @BeforeAll: parsing a few rule files is cheap, and PIT credits @BeforeAll to one test. */
  @BeforeEach
  void loadRules() throws Exception {
    RuleLoader loader = new RuleLoader();
    List<Rule> loaded = new ArrayList<>();
    for (Path ruleDir : ruleDirs()) {
      String id = ruleDir.getFileName().toString();
      Path file = Samples.root().resolve("rules").resolve(id + ".yaml");
      loaded.add(loader.parse("rules/" + id + ".yaml", Files.readString(file)));
    }
    rules = new RulePack(loaded);
    assertTrue(rules.rules().stream().allMatch(r -> r.kind() == RuleKind.COMBINATION));
  }

  /** Skips the test and says so in the build output: surefire prints an assumption's message only to its reports. */
  private static void skipUnless(boolean condition, String why) {
    if (!condition) System.err.println("[sockcheck test] SKIPPED CombinationSamplesTest: " + why);
    assumeTrue(condition, why);
  }

  static List<Path> ruleDirs() throws IOException {
    try (Stream<Path> s = Files.list(Samples.root().resolve("testdata/combos"))) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  static List<Path> cases() throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path ruleDir : ruleDirs()) {
      try (Stream<Path> s = Files.list(ruleDir)) {
        s.filter(Files::isDirectory).sorted().forEach(out::add);
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findingsMatchMarkers(Path caseDir) throws Exception {
    Path root = Samples.root();
    if (caseDir.getFileName().toString().equals("bom-import")) {
      Path bom = PomFiles.defaultLocalRepository().resolve("io/netty/netty-bom/4.2.9.Final/netty-bom-4.2.9.Final.pom");
      skipUnless(Files.isRegularFile(bom), "netty-bom 4.2.9.Final is not in the local repository (" + bom + ")");
    }
    List<Path> buildFiles;
    try (Stream<Path> s = Files.walk(caseDir)) {
      buildFiles = s.filter(p -> p.getFileName().toString().equals("pom.xml") || p.getFileName().toString().equals("dependency-tree.txt"))
          .sorted().toList();
    }
    List<String> expected = new ArrayList<>();
    for (Path f : buildFiles) {
      if (!f.getFileName().toString().equals("pom.xml")) continue;
      List<String> lines = Files.readAllLines(f);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = EXPECT.matcher(lines.get(i));
        if (m.find()) expected.add(rel(root, f) + ":" + (i + 1) + " " + m.group(1));
      }
    }

    CollectingSink sink = new CollectingSink();
    new CombinationEngine().run(Samples.context(root, rules, buildFiles, List.of(), null), sink);
    assertEquals(List.of(), sink.notifications);
    List<Finding> findings = sink.matchCombinations(rules, SCHEMES, Samples.stubCallSites(root, caseDir));
    List<String> actual = findings.stream().map(f -> f.location().path() + ":" + f.location().startLine() + " " + f.ruleId()).toList();
    assertEquals(Samples.sorted(expected), Samples.sorted(actual), () -> "findings: " + findings);
    for (Finding f : findings) {
      assertEquals(Severity.valueOf(f.severity().name()), rules.rule(f.ruleId()).orElseThrow().severity());
      assertTrue(!f.message().contains("{"), f.message());
    }
  }

  private static String rel(Path root, Path file) {
    return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }
}
