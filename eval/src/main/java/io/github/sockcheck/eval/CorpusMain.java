package io.github.sockcheck.eval;

import io.github.sockcheck.core.io.AtomicFiles;
import io.github.sockcheck.scan.ConfigurationException;
import io.github.sockcheck.scan.RuleStatus;
import io.github.sockcheck.scan.ScanRequest;
import io.github.sockcheck.scan.Sockcheck;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The corpus command line behind eval/rebuild and eval/score.
 *
 * <pre>
 * plan  LABELS                 one tab-separated line per project for eval/rebuild:
 *                              id, kind (maven|github), maven coordinates or owner/name, commit, scan paths,
 *                              class path coordinates, stamp (empty fields are "-")
 * score LABELS WORK [--engines source,bytecode] [--threads N] [--markdown FILE] [--project ID]...
 *                              runs the engines on the materialised trees and prints the score
 * </pre>
 */
public final class CorpusMain {

  private CorpusMain() {}

  public static void main(String[] args) {
    try {
      System.exit(run(args, System.out, System.err));
    } catch (IOException | ConfigurationException e) {
      System.err.println("eval: " + e.getMessage());
      System.exit(2);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err)
      throws IOException, ConfigurationException {
    if (args.length >= 2 && args[0].equals("plan")) {
      plan(Labels.load(Path.of(args[1])), out);
      return 0;
    }
    if (args.length >= 3 && args[0].equals("score")) {
      return score(
          Labels.load(Path.of(args[1])),
          Path.of(args[2]),
          Arrays.asList(args).subList(3, args.length),
          out,
          err);
    }
    err.println(
        "usage: plan LABELS | score LABELS WORK [--engines source,bytecode] [--threads N] "
            + "[--markdown FILE] [--project ID]...");
    return 2;
  }

  static void plan(Labels labels, PrintStream out) {
    for (Project p : labels.projects().values()) {
      out.println(
          String.join(
              "\t",
              p.id(),
              p.isMaven() ? "maven" : "github",
              p.isMaven() ? p.maven() : p.github(),
              dash(p.commit()),
              dash(String.join(",", p.scan())),
              dash(String.join(",", p.classpath())),
              p.stamp()));
    }
  }

  private static String dash(String s) {
    return s == null || s.isEmpty() ? "-" : s;
  }

  static int score(Labels labels, Path work, List<String> options, PrintStream out, PrintStream err)
      throws IOException, ConfigurationException {
    List<String> engines = Engines.ALL;
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    Path markdown = null;
    Set<String> only = new TreeSet<>();
    for (int i = 0; i < options.size(); i++) {
      String value = i + 1 < options.size() ? options.get(i + 1) : null;
      switch (options.get(i)) {
        case "--engines" -> engines = List.of(require(value, "--engines").split(","));
        case "--threads" -> threads = Integer.parseInt(require(value, "--threads"));
        case "--markdown" -> markdown = Path.of(require(value, "--markdown"));
        case "--project" -> only.add(require(value, "--project"));
        default -> throw new IOException("unknown option " + options.get(i));
      }
      i++;
    }
    for (String e : engines) {
      if (!Engines.ALL.contains(e))
        throw new IOException("unknown engine " + e + " (source, bytecode)");
    }
    for (String id : only) {
      if (!labels.projects().containsKey(id)) throw new IOException("unknown project " + id);
    }
    Map<String, Set<String>> rulesByEngine = rulesByEngine(work);
    Set<String> allRules = new TreeSet<>();
    rulesByEngine.values().forEach(allRules::addAll);
    labels.requireRules(allRules);

    CorpusScan scanner = new CorpusScan(work, threads);
    List<EngineScore> scores = new ArrayList<>();
    for (String engine : engines) {
      Map<String, List<Hit>> hits = new LinkedHashMap<>();
      Map<String, String> skipped = new LinkedHashMap<>();
      for (Project p : labels.projects().values()) {
        if (!only.isEmpty() && !only.contains(p.id())) {
          skipped.put(p.id(), "not selected");
          continue;
        }
        long start = System.nanoTime();
        CorpusScan.Result r = scanner.run(p, engine);
        if (r.skipped() != null) {
          skipped.put(p.id(), r.skipped());
          err.printf(Locale.ROOT, "[eval] %-8s %-28s skipped: %s%n", engine, p.id(), r.skipped());
          continue;
        }
        hits.put(p.id(), r.hits());
        err.printf(
            Locale.ROOT,
            "[eval] %-8s %-28s %3d findings (%.1f s)%n",
            engine,
            p.id(),
            r.hits().size(),
            (System.nanoTime() - start) / 1e9);
        for (String problem : r.problems()) err.println("[eval]          " + problem);
      }
      scores.add(Scorer.score(engine, labels.sites(), rulesByEngine.get(engine), hits, skipped));
    }
    String report = ScoreReport.render(labels, scores);
    out.print(report);
    if (markdown != null) AtomicFiles.writeString(markdown, report);
    return 0;
  }

  private static String require(String value, String option) throws IOException {
    if (value == null) throw new IOException(option + " needs a value");
    return value;
  }

  /** The ids of the active built-in call rules each code engine runs. */
  static Map<String, Set<String>> rulesByEngine(Path anyRoot) throws ConfigurationException {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (String engine : Engines.ALL) out.put(engine, new TreeSet<>());
    for (RuleStatus s : Sockcheck.rules(ScanRequest.builder(anyRoot).build())) {
      if (!s.active()) continue;
      for (String engine : Engines.ALL) {
        if (s.rule().runsIn(engine)) out.get(engine).add(s.rule().id());
      }
    }
    return out;
  }
}
