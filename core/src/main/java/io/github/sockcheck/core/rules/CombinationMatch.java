package io.github.sockcheck.core.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * What a combination rule requires: every present dependency pattern in range and no absent one,
 * the runtime condition, and, when {@code codeUses} is non-empty, a call site matching one of them
 * in the project (or, with dependency scanning, in its jars) whose arguments satisfy that use's
 * condition.
 *
 * @param javaRelease Maven range over the target Java release, null for any
 * @param python PEP 440 specifier over the target Python version, null for any
 * @param gunicornWorkers the rule fires only when gunicorn runs one of these worker classes (empty:
 *     any)
 * @param codeUseConditions one per entry of {@code codeUses}, same order: the {@code where} of that
 *     use, {@link #ALWAYS} when it has none
 */
public record CombinationMatch(
    List<DependencyPattern> dependencies,
    String javaRelease,
    String python,
    List<CallPattern> codeUses,
    List<String> gunicornWorkers,
    List<Condition> codeUseConditions) {

  /**
   * The condition of a code use without {@code where}: an empty {@code all}, which always holds.
   */
  public static final Condition ALWAYS = new Condition.All(List.of());

  public CombinationMatch {
    dependencies = List.copyOf(dependencies);
    codeUses = List.copyOf(codeUses);
    gunicornWorkers = List.copyOf(gunicornWorkers);
    codeUseConditions = List.copyOf(codeUseConditions);
    if (codeUseConditions.size() != codeUses.size()) {
      throw new IllegalArgumentException(
          "one condition per code use: "
              + codeUses.size()
              + " uses, "
              + codeUseConditions.size()
              + " conditions");
    }
  }

  /** Code uses without conditions. */
  public CombinationMatch(
      List<DependencyPattern> dependencies,
      String javaRelease,
      String python,
      List<CallPattern> codeUses,
      List<String> gunicornWorkers) {
    this(dependencies, javaRelease, python, codeUses, gunicornWorkers, always(codeUses.size()));
  }

  /** The deployment settings the rule requires (today only {@code gunicorn-workers}). */
  public List<SettingCondition> settings() {
    return gunicornWorkers.isEmpty()
        ? List.of()
        : List.of(GunicornSettings.workers(gunicornWorkers));
  }

  private static List<Condition> always(int n) {
    List<Condition> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(ALWAYS);
    return out;
  }
}
