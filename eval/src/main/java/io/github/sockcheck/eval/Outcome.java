package io.github.sockcheck.eval;

/** What one engine did on one labelled site. */
public enum Outcome {
  /** A hazard the engine reported. */
  TRUE_POSITIVE,
  /** A hazard the engine did not report. */
  FALSE_NEGATIVE,
  /** A safe site the engine reported. */
  FALSE_POSITIVE,
  /** A safe site the engine stayed quiet on. */
  TRUE_NEGATIVE;

  static Outcome of(Verdict verdict, boolean flagged) {
    if (verdict == Verdict.HAZARD) return flagged ? TRUE_POSITIVE : FALSE_NEGATIVE;
    return flagged ? FALSE_POSITIVE : TRUE_NEGATIVE;
  }

  /** True when the engine got the site right. */
  public boolean correct() {
    return this == TRUE_POSITIVE || this == TRUE_NEGATIVE;
  }
}
