package io.github.sockcheck.core.rules;

/**
 * One code use of a combination rule: a call pattern (or a {@code type:} use) and the condition its
 * arguments must meet, {@link CombinationMatch#ALWAYS} when it has none.
 */
public record CodeUse(CallPattern pattern, Condition where) {}
