package io.github.sockcheck.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The corpus is what issue 12 asks for: loadable, real rule ids, large and varied enough. */
class CorpusLabelsTest {

  private static Labels corpus() throws Exception {
    return Labels.load(EvalPaths.corpusLabels());
  }

  @Test
  void namesOnlyRulesOfTheCodeEngines() throws Exception {
    Set<String> rules = new TreeSet<>();
    CorpusMain.rulesByEngine(Path.of(".")).values().forEach(rules::addAll);
    corpus().requireRules(rules);
  }

  @Test
  void hasFortySitesFromFifteenCodeBasesFourInTenNearMisses() throws Exception {
    Labels labels = corpus();
    long safe = labels.sites().stream().filter(s -> s.verdict() == Verdict.SAFE).count();
    Set<String> codebases = new TreeSet<>();
    labels.sites().forEach(s -> codebases.add(labels.projects().get(s.project()).codebase()));
    assertTrue(labels.sites().size() >= 40, "sites: " + labels.sites().size());
    assertTrue(codebases.size() >= 15, "code bases with sites: " + codebases);
    assertTrue(
        safe * 10 >= labels.sites().size() * 4L,
        "near misses: " + safe + " of " + labels.sites().size());
  }

  @Test
  void everyProjectHasASiteAndCorpusSitesCarryNoSubsetFields() throws Exception {
    Labels labels = corpus();
    Map<String, Integer> perProject = new TreeMap<>();
    labels.projects().keySet().forEach(p -> perProject.put(p, 0));
    for (Site s : labels.sites()) {
      perProject.merge(s.project(), 1, Integer::sum);
      assertTrue(
          s.recreates() == null && s.wrongToday().isEmpty(),
          s.id() + ": recreates / expected-today belong in eval/subset/labels.yaml");
    }
    perProject.forEach((p, n) -> assertTrue(n > 0, "project " + p + " has no site"));
  }
}
