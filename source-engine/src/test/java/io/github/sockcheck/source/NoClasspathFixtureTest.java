package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.engine.ScanInputs;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.match.CallMatcher;
import io.github.sockcheck.core.rules.RuleLoader;
import io.github.sockcheck.core.rules.RulePack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CLI on a bare checkout has no classpath: the library types come from the API model generated
 * from the real jars. The flow-dependent rules must still tell a Netty channel's own descriptor
 * ({@code ch.fd().intValue()}) from an outside one, and follow channels through fluent calls.
 */
class NoClasspathFixtureTest {

  private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*([a-z0-9-]+)");

  /** Every Java call rule the source engine runs that has a fixture folder. */
  static List<String> sourceRules() throws Exception {
    Path root = Path.of(System.getProperty("sockcheck.root", "..")).toAbsolutePath().normalize();
    return new RuleLoader()
        .loadBuiltIn().rules().stream()
            .filter(r -> r.runsIn(SourceEngine.ID))
            .map(r -> r.id())
            .filter(id -> Files.isDirectory(root.resolve("testdata/rules").resolve(id)))
            .toList();
  }

  @ParameterizedTest
  @MethodSource("sourceRules")
  void findingsEqualTheMarkersWithoutAClasspath(String id) throws Exception {
    Path root = Path.of(System.getProperty("sockcheck.root", "..")).toAbsolutePath().normalize();
    Path folder = root.resolve("testdata/rules").resolve(id);
    RulePack pack = new RuleLoader().loadBuiltIn().filter(r -> r.id().equals(id));
    TestSupport.Sink sink = new TestSupport.Sink();
    new SourceEngine()
        .run(
            new ScanContext(
                ScanInputs.builder(root).sourceRoots(List.of(folder)).threads(2).inputs(), pack),
            sink);
    SortedSet<String> actual = new TreeSet<>();
    CallMatcher matcher = new CallMatcher(pack);
    for (CallSite site : sink.callSites()) {
      for (Finding f : matcher.match(site))
        actual.add(f.location().path() + ":" + f.location().startLine());
    }
    SortedSet<String> expected = new TreeSet<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = EXPECT.matcher(lines.get(i));
          if (m.find() && m.group(1).equals(id))
            expected.add(root.relativize(file).toString().replace('\\', '/') + ":" + (i + 1));
        }
      }
    }
    assertEquals(String.join("\n", expected), String.join("\n", actual));
  }
}
