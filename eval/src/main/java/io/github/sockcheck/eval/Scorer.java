package io.github.sockcheck.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares one engine's findings with the labels. A site is flagged when a finding of its rule lies
 * in its file between {@code line} and {@code endLine}; a finding no site covers is "unlabelled".
 * Only sites of scanned projects and of rules the engine runs are scored; the others are listed
 * with the reason.
 */
public final class Scorer {

  private Scorer() {}

  /**
   * @param engine the engine id
   * @param sites the labels
   * @param rulesRun ids of the rules this engine ran
   * @param hits findings per scanned project id; a project missing here was not scanned
   * @param skipped why a project was not scanned, by project id
   */
  public static EngineScore score(
      String engine,
      Collection<Site> sites,
      Set<String> rulesRun,
      Map<String, List<Hit>> hits,
      Map<String, String> skipped) {
    List<EngineScore.Scored> outcomes = new ArrayList<>();
    List<EngineScore.NotScored> notScored = new ArrayList<>();
    for (Site site : sites) {
      List<Hit> projectHits = hits.get(site.project());
      if (projectHits == null) {
        notScored.add(
            new EngineScore.NotScored(site, skipped.getOrDefault(site.project(), "not scanned")));
      } else if (!rulesRun.contains(site.rule())) {
        notScored.add(
            new EngineScore.NotScored(
                site, "the " + engine + " engine does not run " + site.rule()));
      } else {
        List<Hit> covering =
            projectHits.stream().filter(h -> site.covers(h.rule(), h.path(), h.line())).toList();
        outcomes.add(
            new EngineScore.Scored(
                site, Outcome.of(site.verdict(), !covering.isEmpty()), covering));
      }
    }
    List<Hit> unlabelled = new ArrayList<>();
    for (Map.Entry<String, List<Hit>> e : hits.entrySet()) {
      for (Hit h : e.getValue()) {
        boolean covered =
            sites.stream()
                .anyMatch(
                    s -> s.project().equals(e.getKey()) && s.covers(h.rule(), h.path(), h.line()));
        if (!covered) unlabelled.add(h);
      }
    }
    return new EngineScore(engine, outcomes, unlabelled, notScored);
  }
}
