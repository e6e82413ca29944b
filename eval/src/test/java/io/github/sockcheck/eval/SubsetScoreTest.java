package io.github.sockcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.scan.ScanRequest;
import io.github.sockcheck.scan.Sockcheck;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The corpus in `mvn verify`: both real engines on eval/subset (re-creations of the corpus shapes,
 * written for sockcheck), scored against eval/subset/labels.yaml. Fails when an engine's result on
 * a site differs from its label (a regression, or a known gap that is now handled and must lose its
 * expected-today), on unlabelled findings, and below precision 0.95 / recall 0.90 outside the known
 * gaps.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubsetScoreTest {

  static final double PRECISION_TARGET = 0.95;
  static final double RECALL_TARGET = 0.90;
  private static final Pattern MARKER = Pattern.compile("//\\s*site:\\s*([a-z0-9, -]+)$");

  private Labels labels;
  private final Map<String, EngineScore> scores = new TreeMap<>();

  @BeforeAll
  void scanTheSubsetWithBothEngines(@TempDir Path temp) throws Exception {
    labels = Labels.load(EvalPaths.subset().resolve("labels.yaml"));
    Map<String, Set<String>> rulesByEngine = CorpusMain.rulesByEngine(EvalPaths.subset());
    List<Path> libraries = SubsetCompiler.libraries(EvalPaths.repositoryRoot());
    Path sources = EvalPaths.subset().resolve("src");
    Path classes = SubsetCompiler.compile(sources, libraries, temp.resolve("classes"));

    ScanRequest source =
        ScanRequest.builder(EvalPaths.subset())
            .engines(EngineId.SOURCE)
            .threads(2)
            .addSourceRoot(sources)
            .classpath(libraries)
            .build();
    ScanRequest bytecode =
        ScanRequest.builder(EvalPaths.subset())
            .engines(EngineId.BYTECODE)
            .threads(2)
            .addSourceRoot(sources)
            .addClassRoot(classes)
            .classpath(libraries)
            .build();
    for (ScanRequest request : List.of(source, bytecode)) {
      String engine = request.engines().iterator().next().id();
      CorpusScan.Result result = CorpusScan.collect("subset", Sockcheck.scan(request));
      scores.put(
          engine,
          Scorer.score(
              engine,
              labels.sites(),
              rulesByEngine.get(engine),
              Map.of("subset", result.hits()),
              Map.of()));
    }
    System.out.println(ScoreReport.render(labels, List.copyOf(scores.values())));
  }

  @Test
  void everySiteLineCarriesItsMarkerAndEveryMarkerIsLabelled() throws IOException {
    Map<String, String> markers = new TreeMap<>();
    try (Stream<Path> files = Files.walk(EvalPaths.subset().resolve("src"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = MARKER.matcher(lines.get(i));
          if (!m.find()) continue;
          for (String id : m.group(1).split(",")) {
            markers.put(
                id.strip(),
                EvalPaths.subset().relativize(file).toString().replace('\\', '/') + ":" + (i + 1));
          }
        }
      }
    }
    Map<String, String> labelled = new TreeMap<>();
    for (Site s : labels.sites()) labelled.put(s.id(), s.path() + ":" + s.line());
    assertEquals(
        markers,
        labelled,
        "eval/subset/labels.yaml lines vs `// site:` markers in eval/subset/src");
  }

  @Test
  void subsetRecreatesCorpusSitesOfTheSameRuleAndVerdict() throws IOException {
    Labels corpus = Labels.load(EvalPaths.corpusLabels());
    Map<String, Site> byId = new TreeMap<>();
    corpus.sites().forEach(s -> byId.put(s.id(), s));
    List<String> problems = new ArrayList<>();
    for (Site s : labels.sites()) {
      Site original = byId.get(s.recreates());
      if (original == null) {
        problems.add(s.id() + ": recreates unknown corpus site '" + s.recreates() + "'");
      } else if (!original.rule().equals(s.rule()) || original.verdict() != s.verdict()) {
        problems.add(
            s.id()
                + ": "
                + s.rule()
                + "/"
                + s.verdict()
                + " but corpus site "
                + original.id()
                + " is "
                + original.rule()
                + "/"
                + original.verdict());
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {Engines.SOURCE, Engines.BYTECODE})
  void resultsMatchTheLabelsAndTheKnownGaps(String engine) {
    EngineScore score = scores.get(engine);
    List<String> problems = new ArrayList<>();
    for (EngineScore.Scored s : score.outcomes()) {
      boolean knownGap = s.site().wrongToday().contains(engine);
      if (!s.outcome().correct() && !knownGap) {
        problems.add(
            "wrong: "
                + s.site().id()
                + " ("
                + s.site().where()
                + ") is a "
                + s.outcome()
                + " - fix the engine, or mark a known gap with expected-today");
      } else if (s.outcome().correct() && knownGap) {
        problems.add(
            "now correct: "
                + s.site().id()
                + " ("
                + s.site().where()
                + ") - delete its expected-today for "
                + engine
                + " in eval/subset/labels.yaml");
      }
    }
    for (EngineScore.NotScored n : score.notScored()) {
      if (n.site().wrongToday().contains(engine)) {
        problems.add(
            n.site().id()
                + ": expected-today names "
                + engine
                + ", which cannot score it ("
                + n.reason()
                + ")");
      }
    }
    for (Hit h : score.unlabelled())
      problems.add("unlabelled finding: " + h.where() + " [" + h.rule() + "] " + h.message());
    assertTrue(problems.isEmpty(), engine + " engine:\n" + String.join("\n", problems));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {Engines.SOURCE, Engines.BYTECODE})
  void precisionAndRecallMeetTheTargetsOutsideTheKnownGaps(String engine) {
    Counts counts = Counts.ZERO;
    for (EngineScore.Scored s : scores.get(engine).outcomes()) {
      if (!s.site().wrongToday().contains(engine)) counts = counts.plus(s.outcome());
    }
    assertTrue(
        counts.hazards() > 0 && counts.safe() > 0,
        engine + " scored no hazard or no safe site: " + counts);
    assertTrue(
        counts.precision() >= PRECISION_TARGET,
        engine
            + " precision "
            + Counts.format(counts.precision())
            + " < "
            + PRECISION_TARGET
            + ": "
            + counts);
    assertTrue(
        counts.recall() >= RECALL_TARGET,
        engine
            + " recall "
            + Counts.format(counts.recall())
            + " < "
            + RECALL_TARGET
            + ": "
            + counts);
  }

  @Test
  void everyRuleWithSitesIsScoredByAnEngineThatRunsIt() {
    Set<String> scored = new TreeSet<>();
    scores.values().forEach(s -> s.outcomes().forEach(o -> scored.add(o.site().rule())));
    Set<String> labelled = new TreeSet<>();
    labels.sites().forEach(s -> labelled.add(s.rule()));
    assertEquals(labelled, scored);
  }

  /**
   * Compiles the subset against the fixture libraries, as the bytecode engine needs class files.
   */
  static final class SubsetCompiler {

    private SubsetCompiler() {}

    /** The fixture libraries on the test class path, plus RockSaw. */
    static List<Path> libraries(Path root) throws IOException {
      return FixtureLibraries.onClassPath(root, "com.github.mlaccetti");
    }

    static Path compile(Path sources, List<Path> libraries, Path out) throws IOException {
      Files.createDirectories(out);
      List<String> args =
          new ArrayList<>(
              List.of(
                  "-g",
                  "-proc:none",
                  "-nowarn",
                  "-d",
                  out.toString(),
                  "-cp",
                  String.join(
                      File.pathSeparator, libraries.stream().map(Path::toString).toList())));
      try (Stream<Path> files = Files.walk(sources)) {
        files
            .filter(f -> f.toString().endsWith(".java"))
            .sorted()
            .forEach(f -> args.add(f.toString()));
      }
      java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
      int rc =
          javax.tools.ToolProvider.getSystemJavaCompiler()
              .run(
                  null,
                  java.io.OutputStream.nullOutputStream(),
                  errors,
                  args.toArray(String[]::new));
      assertEquals(
          0,
          rc,
          "eval/subset does not compile: "
              + errors.toString(java.nio.charset.StandardCharsets.UTF_8));
      return out;
    }
  }
}
