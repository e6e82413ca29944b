package io.github.sockcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private static final String RULE = "datagram-channel-no-family-multicast";
  private static final String OTHER = "raw-socket-sentinel";

  private static Site site(
      String id, String project, int line, int endLine, String rule, Verdict verdict) {
    return new Site(
        id,
        project,
        "A.java",
        line,
        endLine,
        rule,
        verdict,
        List.of("local"),
        "why",
        null,
        null,
        Set.of());
  }

  private static Hit hit(String project, String rule, int line) {
    return new Hit(project, rule, "A.java", line, "message");
  }

  @Test
  void countsEachOutcomeAndListsUnlabelledFindings() {
    List<Site> sites =
        List.of(
            site("tp", "p", 10, 10, RULE, Verdict.HAZARD),
            site("fn", "p", 20, 20, RULE, Verdict.HAZARD),
            site("fp", "p", 30, 30, RULE, Verdict.SAFE),
            site("tn", "p", 40, 40, RULE, Verdict.SAFE),
            site("multi-line", "p", 50, 52, RULE, Verdict.HAZARD));
    List<Hit> hits =
        List.of(
            hit("p", RULE, 10),
            hit("p", RULE, 30),
            hit("p", RULE, 52),
            hit("p", RULE, 60),
            hit("p", OTHER, 20));
    EngineScore score =
        Scorer.score("source", sites, Set.of(RULE, OTHER), Map.of("p", hits), Map.of());

    assertEquals(
        List.of(
            Outcome.TRUE_POSITIVE,
            Outcome.FALSE_NEGATIVE,
            Outcome.FALSE_POSITIVE,
            Outcome.TRUE_NEGATIVE,
            Outcome.TRUE_POSITIVE),
        score.outcomes().stream().map(EngineScore.Scored::outcome).toList());
    Counts c = score.total();
    assertEquals(new Counts(2, 1, 1, 1), c);
    assertEquals(2.0 / 3, c.precision(), 1e-9);
    assertEquals(2.0 / 3, c.recall(), 1e-9);
    // A finding of another rule on a labelled line, and one on no labelled line, are both
    // unlabelled.
    assertEquals(List.of(hit("p", RULE, 60), hit("p", OTHER, 20)), score.unlabelled());
    assertEquals(Map.of(RULE, 1L, OTHER, 1L), score.unlabelledPerRule());
  }

  @Test
  void sitesOfUnscannedProjectsAndRulesTheEngineDoesNotRunAreNotScored() {
    List<Site> sites =
        List.of(
            site("gone", "missing", 1, 1, RULE, Verdict.HAZARD),
            site("source-only", "p", 2, 2, OTHER, Verdict.SAFE));
    EngineScore score =
        Scorer.score(
            "bytecode",
            sites,
            Set.of(RULE),
            Map.of("p", List.of()),
            Map.of("missing", "not materialised (run eval/rebuild)"));
    assertTrue(score.outcomes().isEmpty());
    assertEquals(
        List.of("not materialised (run eval/rebuild)", "the bytecode engine does not run " + OTHER),
        score.notScored().stream().map(EngineScore.NotScored::reason).toList());
  }

  @Test
  void aFindingInAnotherProjectDoesNotCoverASite() {
    List<Site> sites = List.of(site("s", "p", 5, 5, RULE, Verdict.HAZARD));
    EngineScore score =
        Scorer.score(
            "source",
            sites,
            Set.of(RULE),
            Map.of("p", List.of(), "q", List.of(hit("q", RULE, 5))),
            Map.of());
    assertEquals(Outcome.FALSE_NEGATIVE, score.outcomes().get(0).outcome());
    assertEquals(1, score.unlabelled().size());
  }

  @Test
  void ratiosAreUndefinedWithoutDenominators() {
    assertTrue(Double.isNaN(Counts.ZERO.precision()));
    assertTrue(Double.isNaN(Counts.ZERO.recall()));
    assertEquals("–", Counts.format(Double.NaN));
    assertEquals("0.50", Counts.format(0.5));
  }
}
