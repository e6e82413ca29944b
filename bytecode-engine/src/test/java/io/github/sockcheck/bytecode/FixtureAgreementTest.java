package io.github.sockcheck.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.match.CallMatcher;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleLoader;
import io.github.sockcheck.core.rules.RulePack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code testdata/rules/<id>/} folder, compiled against the fixture-libs jars and run through the
 * bytecode engine and the shared matcher, must produce exactly the {@code // expect:} markers of the
 * rules that run in the bytecode engine.
 */
class FixtureAgreementTest {

  static Path fixturesRoot() {
    return TestContexts.repositoryRoot().resolve("testdata/rules");
  }

  static Stream<String> fixtureFolders() throws IOException {
    if (!Files.isDirectory(fixturesRoot())) return Stream.empty();
    try (Stream<Path> dirs = Files.list(fixturesRoot())) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtureFolders")
  void bytecodeFindingsEqualMarkers(String folder) throws Exception {
    RulePack builtIn = new RuleLoader().loadBuiltIn();
    Rule rule = builtIn.rule(folder).orElse(null);
    assumeTrue(rule != null && rule.runsIn("bytecode"), folder + " is not a bytecode rule");

    Path root = TestContexts.repositoryRoot();
    Path sources = fixturesRoot().resolve(folder);
    List<Path> files = FixtureCompiler.javaFiles(sources);
    List<Path> classpath = FixtureCompiler.testClasspath();
    Path classes = FixtureCompiler.compile(files, classpath,
        Path.of("target/test-work/fixtures", folder).toAbsolutePath());

    CollectingSink sink = new CollectingSink();
    new BytecodeEngine().run(TestContexts.context(root, builtIn, List.of(sources), List.of(classes), classpath), sink);
    assertEquals(List.of(), sink.notifications, "notifications");

    Set<String> bytecodeRuleIds = builtIn.rules().stream().filter(r -> r.runsIn("bytecode"))
        .map(Rule::id).collect(Collectors.toSet());
    CallMatcher matcher = new CallMatcher(builtIn);
    Set<String> actual = new TreeSet<>();
    for (CallSite site : sink.callSites) {
      for (Finding f : matcher.match(site)) {
        String path = f.location().path();
        actual.add(ExpectMarkers.key(f.ruleId(), path.substring(path.lastIndexOf('/') + 1), f.location().startLine()));
      }
    }
    assertEquals(ExpectMarkers.read(files, bytecodeRuleIds), actual);
  }
}
