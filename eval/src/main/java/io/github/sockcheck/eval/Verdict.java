package io.github.sockcheck.eval;

/** What is true of a labelled call site: the rule's hazard is there, or the code is safe. */
public enum Verdict {
  HAZARD,
  SAFE;

  static Verdict parse(String text) {
    return switch (text) {
      case "hazard" -> HAZARD;
      case "safe" -> SAFE;
      default ->
          throw new IllegalArgumentException(
              "verdict must be 'hazard' or 'safe', not '" + text + "'");
    };
  }
}
