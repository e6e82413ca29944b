package io.github.sockcheck.core.rules;

/**
 * A call rule matches invocations in code; a combination rule matches versions of what is built
 * together.
 */
public enum RuleKind {
  CALL,
  COMBINATION
}
