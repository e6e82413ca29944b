package io.github.sockcheck.core.facts;

/** Where an argument value comes from, as far as the engine could tell within the method/class. */
public enum ArgOrigin {
  /**
   * A compile-time constant: literal, folded expression, {@code static final} field, enum constant.
   */
  CONSTANT,
  /** The {@code null} literal (or a local/field assigned only {@code null}). */
  NULL,
  /** A parameter of the enclosing method. */
  PARAMETER,
  /** A (non-constant) field. */
  FIELD,
  /** The result of a method call; {@link ArgFact#producedBy()} names it. */
  CALL,
  /** Not supplied at the call (Python keyword left out, Java overload without that parameter). */
  ABSENT,
  /** Anything else: arithmetic on unknowns, array elements, locals with several assignments. */
  UNKNOWN
}
