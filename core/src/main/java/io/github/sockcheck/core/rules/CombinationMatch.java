package io.github.sockcheck.core.rules;

import java.util.List;

/**
 * What a combination rule requires: every dependency pattern present in range, the runtime condition,
 * and, when {@code codeUses} is non-empty, a call site matching one of them in the project (or, with
 * dependency scanning, in its jars).
 *
 * @param javaRelease Maven range over the target Java release, null for any
 * @param python PEP 440 specifier over the target Python version, null for any
 * @param gunicornWorkers the rule fires only when gunicorn runs one of these worker classes (empty: any)
 */
public record CombinationMatch(
    List<DependencyPattern> dependencies,
    String javaRelease,
    String python,
    List<CallPattern> codeUses,
    List<String> gunicornWorkers) {

  public CombinationMatch {
    dependencies = List.copyOf(dependencies);
    codeUses = List.copyOf(codeUses);
    gunicornWorkers = List.copyOf(gunicornWorkers);
  }
}
