package io.github.sockcheck.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sockcheck.bytecode.detector.SpotBugsPluginRun;
import io.github.sockcheck.core.engine.CollectingSink;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.match.CallMatcher;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleKind;
import io.github.sockcheck.core.rules.RuleLoader;
import io.github.sockcheck.core.rules.RulePack;
import io.github.sockcheck.testsupport.FixtureLibraries;
import io.github.sockcheck.testsupport.RuleFolders;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The third Java front end agrees with the other two: on every fixture folder of a bytecode call
 * rule, the SpotBugs plugin (the detector inside a real SpotBugs analysis, as IDEs and
 * spotbugs-maven-plugin run it) reports exactly the (rule, file, line) set the bytecode engine's
 * direct path finds, and that set is not empty. One SpotBugs analysis covers all folders (each
 * fixture folder is its own package).
 */
class PluginPathAgreementTest {

  static RulePack builtIn;
  static List<Path> classpath;
  static final Map<String, Path> compiled = new LinkedHashMap<>();
  static SpotBugsPluginRun.Result plugin;

  static Path fixturesRoot() {
    return RuleFolders.repositoryRoot().resolve("testdata/rules");
  }

  static Stream<String> fixtureFolders() throws IOException {
    try (Stream<Path> dirs = java.nio.file.Files.list(fixturesRoot())) {
      return dirs
          .filter(java.nio.file.Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  private static String key(String ruleId, String file, int line) {
    return file + ":" + line + " " + ruleId;
  }

  static boolean bytecodeCallRule(String folder) {
    Rule rule = builtIn.rule(folder).orElse(null);
    return rule != null && rule.kind() == RuleKind.CALL && rule.runsIn("bytecode");
  }

  @BeforeAll
  static void runSpotBugsOnce() throws Exception {
    builtIn = new RuleLoader().loadBuiltIn();
    classpath = FixtureLibraries.jars();
    for (String folder : fixtureFolders().toList()) {
      if (!bytecodeCallRule(folder)) continue;
      Path sources = fixturesRoot().resolve(folder);
      compiled.put(
          folder,
          FixtureCompiler.compile(
              FixtureCompiler.javaFiles(sources),
              classpath,
              Path.of("target/test-work/plugin-path", folder).toAbsolutePath()));
    }
    plugin = SpotBugsPluginRun.analyse(new ArrayList<>(compiled.values()), classpath);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtureFolders")
  void spotBugsPluginReportsWhatTheDirectPathFinds(String folder) throws Exception {
    assumeTrue(bytecodeCallRule(folder), folder + " is not a bytecode call rule");
    Path sources = fixturesRoot().resolve(folder);
    CollectingSink sink = new CollectingSink();
    new BytecodeEngine()
        .run(
            TestContexts.context(
                RuleFolders.repositoryRoot(),
                builtIn,
                List.of(sources),
                List.of(compiled.get(folder)),
                classpath),
            sink);
    CallMatcher matcher = new CallMatcher(builtIn);
    Set<String> direct = new TreeSet<>();
    String pkg = null;
    for (CallSite site : sink.callSites()) {
      for (Finding f : matcher.match(site)) {
        String path = f.location().path();
        direct.add(
            key(f.ruleId(), path.substring(path.lastIndexOf('/') + 1), f.location().startLine()));
        pkg =
            site.enclosing()
                .substring(0, site.enclosing().lastIndexOf('.', site.enclosing().indexOf('#')));
      }
    }
    assertFalse(
        direct.isEmpty(), "the direct path finds nothing in " + folder + ": nothing to agree on");

    Set<String> reported = new TreeSet<>();
    for (SpotBugsPluginRun.Bug bug : plugin.bugs()) {
      if (bug.className().startsWith(pkg + "."))
        reported.add(key(bug.ruleId(), bug.sourceFile(), bug.line()));
    }
    assertEquals(
        List.of(),
        plugin.errors().stream().filter(e -> e.contains("sockcheck")).toList(),
        "plugin errors");
    assertEquals(direct, reported, "SpotBugs plugin vs direct bytecode path");
  }
}
