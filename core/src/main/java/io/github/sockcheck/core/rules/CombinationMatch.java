package io.github.sockcheck.core.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * What a combination rule requires: every present dependency pattern in range and no absent one,
 * the runtime condition, and, when {@code codeUses} is non-empty, a call site matching one of them
 * in the project (or, with dependency scanning, in its jars) whose arguments satisfy that use's
 * condition; and for every group of {@code codeUsesAll} a call site matching one of its uses.
 *
 * <p>A match with {@code alternatives} ({@code match: {any: [...]}}) holds when one of them holds;
 * its own fields are then empty.
 *
 * @param javaRelease Maven range over the target Java release, null for any
 * @param python PEP 440 specifier over the target Python version, null for any
 * @param gunicornWorkers the rule fires only when gunicorn runs one of these worker classes (empty:
 *     any)
 * @param codeUseConditions one per entry of {@code codeUses}, same order: the {@code where} of that
 *     use, {@link #ALWAYS} when it has none
 * @param codeUsesAll {@code code-uses-all}: every group must be used, each by one of its uses (a
 *     plain item is a group of one, an {@code any-of} item a group of several)
 * @param alternatives {@code any}: the match blocks of which one must hold, in file order
 */
public record CombinationMatch(
    List<DependencyPattern> dependencies,
    String javaRelease,
    String python,
    List<CallPattern> codeUses,
    List<String> gunicornWorkers,
    List<Condition> codeUseConditions,
    List<List<CodeUse>> codeUsesAll,
    List<CombinationMatch> alternatives) {

  /**
   * The condition of a code use without {@code where}: an empty {@code all}, which always holds.
   */
  public static final Condition ALWAYS = new Condition.All(List.of());

  public CombinationMatch {
    dependencies = List.copyOf(dependencies);
    codeUses = List.copyOf(codeUses);
    gunicornWorkers = List.copyOf(gunicornWorkers);
    codeUseConditions = List.copyOf(codeUseConditions);
    codeUsesAll = codeUsesAll.stream().map(List::copyOf).toList();
    alternatives = List.copyOf(alternatives);
    if (codeUseConditions.size() != codeUses.size()) {
      throw new IllegalArgumentException(
          "one condition per code use: "
              + codeUses.size()
              + " uses, "
              + codeUseConditions.size()
              + " conditions");
    }
  }

  /** One block with any-one code uses and their conditions. */
  public CombinationMatch(
      List<DependencyPattern> dependencies,
      String javaRelease,
      String python,
      List<CallPattern> codeUses,
      List<String> gunicornWorkers,
      List<Condition> codeUseConditions) {
    this(
        dependencies,
        javaRelease,
        python,
        codeUses,
        gunicornWorkers,
        codeUseConditions,
        List.of(),
        List.of());
  }

  /** {@code match: {any: [...]}}: one of these blocks must hold. */
  public static CombinationMatch anyOf(List<CombinationMatch> alternatives) {
    return new CombinationMatch(
        List.of(), null, null, List.of(), List.of(), List.of(), List.of(), alternatives);
  }

  /** The blocks to try in order: the alternatives, or this match itself. */
  public List<CombinationMatch> blocks() {
    return alternatives.isEmpty() ? List.of(this) : alternatives;
  }

  /**
   * What this block requires of the code, in file order: {@code code-uses} as one group (any one of
   * its uses), then each group of {@code code-uses-all}. Each group needs one use of its own.
   */
  public List<List<CodeUse>> requiredUses() {
    List<List<CodeUse>> groups = new ArrayList<>();
    if (!codeUses.isEmpty()) {
      List<CodeUse> any = new ArrayList<>();
      for (int i = 0; i < codeUses.size(); i++)
        any.add(new CodeUse(codeUses.get(i), codeUseConditions.get(i)));
      groups.add(any);
    }
    groups.addAll(codeUsesAll);
    return groups;
  }

  /** Every call pattern of every block and group: what the engines must report call sites for. */
  public List<CallPattern> allCodeUses() {
    List<CallPattern> all = new ArrayList<>();
    for (CombinationMatch block : blocks()) {
      for (List<CodeUse> group : block.requiredUses())
        for (CodeUse use : group) all.add(use.pattern());
    }
    return all;
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
