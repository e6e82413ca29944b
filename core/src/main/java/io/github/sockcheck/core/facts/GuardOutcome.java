package io.github.sockcheck.core.facts;

/**
 * Which outcome of a branch a call needs: the call is reached only when the branch's test comes out
 * this way. Bytecode loses the source's polarity ({@code x > 0} compiles to {@code IFLE}), so the
 * outcomes are stated over the tested value, not over the condition as written.
 */
public enum GuardOutcome {
  /** The tested reference is not null ({@code x != null} holds, {@code x == null} fails). */
  NON_NULL,
  /** The tested reference is null. */
  NULL,
  /** The tested boolean is true ({@code if (set)}, {@code if ("1".equals(x))}). */
  TRUE,
  /** The tested boolean is false ({@code if (!set)}, the else branch of {@code if (set)}). */
  FALSE,
  /**
   * Either outcome of another comparison ({@code parseInt(x) > 0}, {@code a == b} for two non-null
   * values): the value was computed, so whatever it was derived from was present.
   */
  COMPARED
}
