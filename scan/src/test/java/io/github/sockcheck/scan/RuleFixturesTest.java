package io.github.sockcheck.scan;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.sockcheck.bytecode.FixtureCompiler;
import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.testsupport.FindingsFile;
import io.github.sockcheck.testsupport.FixtureLibraries;
import io.github.sockcheck.testsupport.Marker;
import io.github.sockcheck.testsupport.Markers;
import io.github.sockcheck.testsupport.RuleFolder;
import io.github.sockcheck.testsupport.RuleFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The one runner of the rule fixtures ({@code testdata/rules/README.md}): every {@code
 * testdata/rules/<rule-id>/} folder through the real scan pipeline, with every engine that reads
 * its files.
 *
 * <ul>
 *   <li>The Java fixture (the {@code .java} files at the top) runs through the source engine with
 *       the fixture-libs jars as class path, and through the bytecode engine on the classes
 *       compiled from it against those jars. Each engine must report exactly the markers of the
 *       rules it runs.
 *   <li>The Python fixture (the {@code .py} files at the top) runs through the python engine:
 *       exactly the markers of the rules the python engine runs.
 *   <li>Every case folder is scanned as the CLI scans a project (inputs classified by {@link
 *       InputClassifier}, every engine, no build): exactly all of its markers. A case's {@code
 *       stub-call-sites.txt} adds {@code owner#member} code uses that cannot be compiled from Maven
 *       Central, as source-engine call sites on the lines of that file.
 *   <li>Everything reported, in full, must equal the folder's {@code expected-findings.txt} ({@link
 *       FindingsFile}); {@code -Dsockcheck.updateExpected=true} rewrites it.
 * </ul>
 *
 * Every rule counts, not only the folder's: a line flagged by another rule needs that rule's marker
 * too. No run may leave a notification (an unreadable fixture is a broken fixture).
 */
class RuleFixturesTest {

  private static final Path WORK = Path.of("target", "rule-fixtures").toAbsolutePath();

  @TestFactory
  Stream<DynamicTest> everyRuleFolder() throws Exception {
    Map<String, Rule> rules = new TreeMap<>();
    for (RuleStatus s :
        Sockcheck.rules(ScanRequest.builder(RuleFolders.repositoryRoot()).build())) {
      rules.put(s.rule().id(), s.rule());
    }
    return RuleFolders.all().stream()
        .map(
            folder ->
                DynamicTest.dynamicTest(folder.ruleId(), () -> new Run(folder, rules).check()));
  }

  /** One rule folder: the runs, what differed, everything reported. */
  private static final class Run {
    private final RuleFolder folder;
    private final Map<String, Rule> rules;
    private final List<String> problems = new ArrayList<>();
    private final List<Finding> reported = new ArrayList<>();

    Run(RuleFolder folder, Map<String, Rule> rules) {
      this.folder = folder;
      this.rules = rules;
    }

    void check() throws Exception {
      if (!rules.containsKey(folder.ruleId()))
        problems.add("no rule " + folder.ruleId() + " in rules/");
      javaFixture();
      pythonFixture();
      for (Path c : folder.cases()) caseFolder(c);
      if (problems.isEmpty()) {
        try {
          FindingsFile.check(folder.findingsFile(), FindingsFile.render(folder.ruleId(), reported));
        } catch (AssertionError e) {
          problems.add(e.getMessage());
        }
      }
      if (!problems.isEmpty()) fail(folder.dir() + ":\n" + String.join("\n", problems));
    }

    private void javaFixture() throws Exception {
      List<Path> files = folder.javaFiles();
      if (files.isEmpty()) return;
      SortedSet<Marker> markers = Markers.inFiles(folder.dir(), files);
      checkEngines(markers, Set.of("source", "bytecode"), "Java fixture");
      List<Path> libraries = FixtureLibraries.jars();
      Path classes =
          FixtureCompiler.compile(
              files, libraries, WORK.resolve(folder.ruleId()).resolve("classes"));
      ScanRequest.Builder base =
          ScanRequest.builder(folder.dir()).threads(2).sourceRoots(files).classpath(libraries);
      compare(
          "source engine",
          onlyRunningIn(markers, "source"),
          Sockcheck.scan(base.engines(EngineId.SOURCE).build()));
      compare(
          "bytecode engine",
          onlyRunningIn(markers, "bytecode"),
          Sockcheck.scan(base.engines(EngineId.BYTECODE).addClassRoot(classes).build()));
    }

    private void pythonFixture() throws Exception {
      List<Path> files = folder.pythonFiles();
      if (files.isEmpty()) return;
      SortedSet<Marker> markers = Markers.inFiles(folder.dir(), files);
      checkEngines(markers, Set.of("python"), "Python fixture");
      compare(
          "python engine",
          onlyRunningIn(markers, "python"),
          Sockcheck.scan(
              ScanRequest.builder(folder.dir())
                  .threads(2)
                  .engines(EngineId.PYTHON)
                  .pythonRoots(files)
                  .build()));
    }

    private void caseFolder(Path dir) throws Exception {
      String name = folder.relative(dir);
      ScanRequest request =
          InputClassifier.classify(List.of(dir)).addTo(ScanRequest.builder(dir).threads(2)).build();
      List<CallSite> stubs = stubCallSites(dir);
      ScanResult result =
          new ScanPipeline(
                  request,
                  ids -> {
                    List<io.github.sockcheck.core.engine.Engine> engines =
                        new ArrayList<>(EngineCatalog.create(ids));
                    if (!stubs.isEmpty())
                      engines.add(new FakeEngine("source", sink -> stubs.forEach(sink::callSite)));
                    return engines;
                  })
              .run();
      for (Marker m : Markers.in(dir)) {
        if (!rules.containsKey(m.ruleId()))
          problems.add("case " + name + ": marker of an unknown rule: " + m);
      }
      compareUnder(name, "case " + name, Markers.in(dir), result);
    }

    private void compare(String what, SortedSet<Marker> expected, ScanResult result) {
      compareUnder("", what, expected, result);
    }

    /**
     * Reported (rule, path, line) must equal the markers; records the findings under {@code
     * prefix}.
     */
    private void compareUnder(
        String prefix, String what, SortedSet<Marker> expected, ScanResult result) {
      SortedSet<Marker> actual = new TreeSet<>();
      for (Finding f : result.reportable()) {
        actual.add(new Marker(f.location().path(), f.location().startLine(), f.ruleId()));
        reported.add(FindingsFile.under(prefix, f));
      }
      SortedSet<Marker> missing = new TreeSet<>(expected);
      missing.removeAll(actual);
      SortedSet<Marker> unexpected = new TreeSet<>(actual);
      unexpected.removeAll(expected);
      if (!missing.isEmpty()) problems.add(what + ": marked but not reported: " + missing);
      if (!unexpected.isEmpty()) problems.add(what + ": reported but not marked: " + unexpected);
      if (!result.notifications().isEmpty())
        problems.add(what + ": notifications: " + result.notifications());
    }

    /**
     * A fixture's markers must name rules that one of the engines reading it runs, or nothing
     * checks them.
     */
    private void checkEngines(SortedSet<Marker> markers, Set<String> engines, String what) {
      for (Marker m : markers) {
        Rule rule = rules.get(m.ruleId());
        if (rule == null) {
          problems.add(what + ": marker of an unknown rule: " + m);
        } else if (rule.engines().stream().noneMatch(engines::contains)) {
          problems.add(what + ": " + m + " names a rule that none of " + engines + " runs");
        }
      }
    }

    private SortedSet<Marker> onlyRunningIn(SortedSet<Marker> markers, String engine) {
      SortedSet<Marker> out = new TreeSet<>();
      for (Marker m : markers) {
        Rule rule = rules.get(m.ruleId());
        if (rule != null && rule.runsIn(engine)) out.add(m);
      }
      return out;
    }
  }

  /**
   * {@code owner#member} lines of the case's {@code stub-call-sites.txt}, as call sites on those
   * lines.
   */
  private static List<CallSite> stubCallSites(Path dir) throws Exception {
    Path stub = dir.resolve("stub-call-sites.txt");
    if (!Files.isRegularFile(stub)) return List.of();
    List<String> lines = Files.readAllLines(stub);
    List<CallSite> sites = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] parts = line.split("#", 2);
      sites.add(
          CallSite.builder(Language.JAVA, parts[0], parts[1])
              .args(List.of(ArgFact.UNKNOWN))
              .location(Location.line("stub-call-sites.txt", i + 1))
              .resolved(false)
              .engine("source")
              .build());
    }
    return sites;
  }
}
