package io.github.sockcheck.core.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies the user's enabled/disabled rule id lists. An id that names no rule is an error (a typo
 * would otherwise silently keep a rule on, or turn every rule off).
 */
public final class RuleSelection {

  private RuleSelection() {}

  /**
   * With the Maven plugin's parameter names {@code enabledRules} / {@code disabledRules} in
   * messages.
   */
  public static RulePack apply(
      RulePack pack, Collection<String> enabled, Collection<String> disabled)
      throws RuleLoadException {
    return apply(pack, enabled, "enabledRules", disabled, "disabledRules");
  }

  /**
   * @param enabled when non-empty, only these rules stay
   * @param disabled these rules are removed (after {@code enabled})
   * @param enabledName / disabledName how the lists are called where the user wrote them, for
   *     messages
   */
  public static RulePack apply(
      RulePack pack,
      Collection<String> enabled,
      String enabledName,
      Collection<String> disabled,
      String disabledName)
      throws RuleLoadException {
    Set<String> known = new TreeSet<>();
    pack.rules().forEach(r -> known.add(r.id()));
    List<String> problems = new ArrayList<>();
    check(enabled, enabledName, known, problems);
    check(disabled, disabledName, known, problems);
    if (!problems.isEmpty()) throw new RuleLoadException(problems);
    Set<String> on = Set.copyOf(enabled.stream().map(String::trim).toList());
    Set<String> off = Set.copyOf(disabled.stream().map(String::trim).toList());
    return pack.filter(r -> (on.isEmpty() || on.contains(r.id())) && !off.contains(r.id()));
  }

  private static void check(
      Collection<String> ids, String listName, Set<String> known, List<String> problems) {
    for (String raw : ids) {
      String id = raw.trim();
      if (known.contains(id)) continue;
      String near = DidYouMean.closest(id, List.copyOf(known));
      problems.add(
          "unknown rule id '"
              + id
              + "' in "
              + listName
              + (near != null ? " (did you mean '" + near + "'? " : " (")
              + "known ids: "
              + (known.isEmpty() ? "none" : String.join(", ", known))
              + ")");
    }
  }
}
