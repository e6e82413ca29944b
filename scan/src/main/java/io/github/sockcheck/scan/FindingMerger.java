package io.github.sockcheck.scan;

import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.core.findings.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges what several engines found at the same place: the same rule at the same path and start
 * line, reported by two engines, becomes one finding whose {@code engines} is the union. The
 * finding kept is the one from the engine with the most exact position (source before python before
 * bytecode before combination: bytecode knows lines, not columns). Findings of one engine alone are
 * only deduplicated when they are identical (overlapping roots may report the same call twice).
 */
final class FindingMerger {

  /** Whose finding stands for a merged one: the most exact position first (see above). */
  private static final List<String> PREFERENCE =
      List.of(
          EngineId.SOURCE.id(),
          EngineId.PYTHON.id(),
          EngineId.BYTECODE.id(),
          EngineId.COMBINATION.id());

  private FindingMerger() {}

  static List<Finding> merge(List<Finding> findings) {
    Map<String, List<Finding>> groups = new TreeMap<>();
    for (Finding f : findings) {
      String key =
          f.ruleId() + "\u0000" + f.location().path() + "\u0000" + f.location().startLine();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    List<Finding> out = new ArrayList<>();
    for (List<Finding> group : groups.values()) out.addAll(mergeGroup(group));
    out.sort(Finding.ORDER);
    return out;
  }

  private static List<Finding> mergeGroup(List<Finding> group) {
    Set<String> engines = new TreeSet<>();
    for (Finding f : group) engines.addAll(f.engines());
    String primary =
        engines.stream().min((a, b) -> Integer.compare(rank(a), rank(b))).orElseThrow();

    // Keep the primary engine's findings (identical ones once), each carrying every engine of the
    // group.
    Map<String, Finding> kept = new LinkedHashMap<>();
    List<Finding> sorted = new ArrayList<>(group);
    sorted.sort(Finding.ORDER);
    for (Finding f : sorted) {
      if (!f.engines().contains(primary)) continue;
      String identity = f.location() + "\u0000" + f.message();
      Finding existing = kept.get(identity);
      Set<String> union = new TreeSet<>(engines);
      kept.put(identity, existing == null ? f.withEngines(new TreeSet<>(union)) : existing);
    }
    return List.copyOf(kept.values());
  }

  private static int rank(String engine) {
    int i = PREFERENCE.indexOf(engine);
    return i < 0 ? PREFERENCE.size() : i;
  }
}
