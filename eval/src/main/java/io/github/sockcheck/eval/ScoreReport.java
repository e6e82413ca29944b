package io.github.sockcheck.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Renders engine scores: a Markdown table per engine (precision and recall per rule and in total),
 * then every miss, every false positive and every unlabelled finding with its label, and what was
 * not scored.
 */
public final class ScoreReport {

  private ScoreReport() {}

  public static String render(Labels labels, List<EngineScore> scores) {
    StringBuilder out = new StringBuilder();
    long hazards = labels.sites().stream().filter(s -> s.verdict() == Verdict.HAZARD).count();
    Set<String> codebases =
        labels.projects().values().stream()
            .map(Project::codebase)
            .collect(Collectors.toCollection(TreeSet::new));
    out.append(
        String.format(
            Locale.ROOT,
            "%d labelled sites (%d hazard, %d safe) in %d projects from %d code bases%n%n",
            labels.sites().size(),
            hazards,
            labels.sites().size() - hazards,
            labels.projects().size(),
            codebases.size()));
    for (EngineScore score : scores) out.append(table(score)).append('\n');
    out.append(listing("Misses (hazards not reported)", scores, Outcome.FALSE_NEGATIVE));
    out.append(listing("False positives (safe sites reported)", scores, Outcome.FALSE_POSITIVE));
    out.append(unlabelled(scores));
    out.append(notScored(scores));
    return out.toString();
  }

  /** The per-rule table of one engine. */
  public static String table(EngineScore score) {
    StringBuilder out = new StringBuilder();
    out.append("### ").append(score.engine()).append(" engine\n\n");
    out.append("| rule | hazards | safe | TP | FN | FP | TN | precision | recall | unlabelled |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    SortedMap<String, Counts> perRule = score.perRule();
    Map<String, Long> unlabelled = score.unlabelledPerRule();
    Set<String> rules = new TreeSet<>(perRule.keySet());
    rules.addAll(unlabelled.keySet());
    for (String rule : rules) {
      out.append(
          row(
              "`" + rule + "`",
              perRule.getOrDefault(rule, Counts.ZERO),
              unlabelled.getOrDefault(rule, 0L)));
    }
    out.append(row("**all**", score.total(), score.unlabelled().size()));
    return out.toString();
  }

  private static String row(String name, Counts c, long unlabelled) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %d | %d | %d | %d | %d | %s | %s | %d |%n",
        name,
        c.hazards(),
        c.safe(),
        c.truePositives(),
        c.falseNegatives(),
        c.falsePositives(),
        c.trueNegatives(),
        Counts.format(c.precision()),
        Counts.format(c.recall()),
        unlabelled);
  }

  /** Sites with {@code outcome} in any engine, each once, with the engines that got it wrong. */
  private static String listing(String title, List<EngineScore> scores, Outcome outcome) {
    Map<Site, List<String>> engines = new LinkedHashMap<>();
    for (EngineScore score : scores) {
      for (EngineScore.Scored s : score.with(outcome)) {
        engines.computeIfAbsent(s.site(), k -> new ArrayList<>()).add(score.engine());
      }
    }
    StringBuilder out =
        new StringBuilder("#### ").append(title).append(": ").append(engines.size()).append("\n\n");
    for (Map.Entry<Site, List<String>> e : engines.entrySet()) {
      Site s = e.getKey();
      out.append(
          String.format(
              Locale.ROOT,
              "- `%s` (%s) %s `%s` [%s], flow: %s%n  - why: %s%n",
              s.id(),
              String.join(", ", e.getValue()),
              s.project(),
              s.where(),
              s.rule(),
              String.join(", ", s.flow()),
              s.why()));
      if (s.gap() != null) out.append("  - gap: ").append(s.gap()).append('\n');
    }
    return out.append('\n').toString();
  }

  private static String unlabelled(List<EngineScore> scores) {
    SortedMap<String, List<String>> byFinding = new TreeMap<>();
    for (EngineScore score : scores) {
      for (Hit h : score.unlabelled()) {
        String key =
            String.format(
                Locale.ROOT, "%s `%s` [%s] %s", h.project(), h.where(), h.rule(), h.message());
        byFinding.computeIfAbsent(key, k -> new ArrayList<>()).add(score.engine());
      }
    }
    StringBuilder out =
        new StringBuilder("#### Unlabelled findings (review and label them): ")
            .append(byFinding.size())
            .append("\n\n");
    byFinding.forEach(
        (k, v) ->
            out.append("- (").append(String.join(", ", v)).append(") ").append(k).append('\n'));
    return out.append('\n').toString();
  }

  private static String notScored(List<EngineScore> scores) {
    StringBuilder out = new StringBuilder("#### Not scored\n\n");
    for (EngineScore score : scores) {
      Map<String, Long> reasons =
          score.notScored().stream()
              .collect(
                  Collectors.groupingBy(
                      EngineScore.NotScored::reason, TreeMap::new, Collectors.counting()));
      reasons.forEach(
          (reason, n) ->
              out.append(
                  String.format(
                      Locale.ROOT, "- %s engine: %d sites: %s%n", score.engine(), n, reason)));
    }
    return out.toString();
  }
}
