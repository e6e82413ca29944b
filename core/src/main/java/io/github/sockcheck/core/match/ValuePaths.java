package io.github.sockcheck.core.match;

import io.github.sockcheck.core.facts.ArgFact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ways values can meet at a call: one value per argument, each combination of the values that
 * can reach each argument (different paths, callers or writers). The value-flow layer does not
 * correlate arguments, so every combination counts as a possible path.
 */
final class ValuePaths {

  /**
   * More combinations than this are cut, keeping the first values of each argument (in their stable
   * order).
   */
  static final int MAX_PATHS = 256;

  private ValuePaths() {}

  static List<Map<String, ArgFact>> of(Map<String, ArgFact> roleArgs) {
    List<Map<String, ArgFact>> paths = new ArrayList<>();
    paths.add(new LinkedHashMap<>());
    for (Map.Entry<String, ArgFact> role : roleArgs.entrySet()) {
      ArgFact fact = role.getValue();
      List<Map<String, ArgFact>> next = new ArrayList<>();
      for (Map<String, ArgFact> path : paths) {
        for (ArgFact.Value value : fact.values()) {
          if (next.size() >= MAX_PATHS) break;
          Map<String, ArgFact> extended = new LinkedHashMap<>(path);
          extended.put(
              role.getKey(), fact.values().size() == 1 ? fact : ArgFact.single(value, fact.text()));
          next.add(extended);
        }
      }
      paths = next;
    }
    return paths;
  }
}
