package io.github.sockcheck.eval;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One engine's result on a label set.
 *
 * @param engine "source" or "bytecode"
 * @param outcomes every site the engine could score, with what it did there, in label order
 * @param unlabelled findings on lines no site covers (review and label them)
 * @param notScored sites the engine could not score, with the reason (rule not run by the engine,
 *     no binary, project not materialised)
 */
public record EngineScore(
    String engine, List<Scored> outcomes, List<Hit> unlabelled, List<NotScored> notScored) {

  public record Scored(Site site, Outcome outcome, List<Hit> hits) {}

  public record NotScored(Site site, String reason) {}

  public EngineScore {
    outcomes = List.copyOf(outcomes);
    unlabelled = List.copyOf(unlabelled);
    notScored = List.copyOf(notScored);
  }

  /** Counts per rule id, sorted. */
  public SortedMap<String, Counts> perRule() {
    SortedMap<String, Counts> out = new TreeMap<>();
    for (Scored s : outcomes)
      out.merge(s.site().rule(), Counts.ZERO.plus(s.outcome()), Counts::plus);
    return out;
  }

  public Counts total() {
    return perRule().values().stream().reduce(Counts.ZERO, Counts::plus);
  }

  public List<Scored> with(Outcome outcome) {
    return outcomes.stream().filter(s -> s.outcome() == outcome).toList();
  }

  /** Unlabelled findings per rule, for the table. */
  public Map<String, Long> unlabelledPerRule() {
    Map<String, Long> out = new TreeMap<>();
    for (Hit h : unlabelled) out.merge(h.rule(), 1L, Long::sum);
    return out;
  }
}
