package io.github.sockcheck.core.rules;

import io.github.sockcheck.core.index.CallPatternIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The enabled rules, by id, with the {@link CallPatternIndex} every engine and the matcher consult.
 */
public final class RulePack {

  private final Map<String, Rule> byId = new LinkedHashMap<>();
  private final CallPatternIndex index;

  public RulePack(List<Rule> rules) {
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort((a, b) -> a.id().compareTo(b.id()));
    for (Rule rule : sorted) byId.put(rule.id(), rule);
    this.index = new CallPatternIndex(List.copyOf(byId.values()));
  }

  public List<Rule> rules() {
    return List.copyOf(byId.values());
  }

  public Optional<Rule> rule(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The compiled call patterns of these rules. */
  public CallPatternIndex index() {
    return index;
  }

  /**
   * Call and combination rules with a call pattern for {@code member} (any owner, any language).
   */
  public List<Rule> rulesForMember(String member) {
    return index.rulesForMember(member);
  }

  /** A pack with only the rules that pass {@code keep}. */
  public RulePack filter(java.util.function.Predicate<Rule> keep) {
    return new RulePack(byId.values().stream().filter(keep).toList());
  }
}
