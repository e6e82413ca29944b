package io.github.sockcheck.core.rules;

import java.util.List;

/**
 * One or more rule files (or a rule selection) are invalid. Carries every problem found, each
 * formatted {@code rules/<file>:<line>: <problem> (<fix>)}, so a user fixes them all in one round.
 */
public class RuleLoadException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public RuleLoadException(List<String> problems) {
    super(format(problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }

  private static String format(List<String> problems) {
    if (problems.size() == 1) return "invalid rule: " + problems.get(0);
    return problems.size() + " rule problems:\n  " + String.join("\n  ", problems);
  }
}
