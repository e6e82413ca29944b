package io.github.sockcheck.eval;

/** Confusion counts of one engine on one rule (or on all rules), with precision and recall. */
public record Counts(int truePositives, int falseNegatives, int falsePositives, int trueNegatives) {

  public static final Counts ZERO = new Counts(0, 0, 0, 0);

  public Counts plus(Outcome outcome) {
    return switch (outcome) {
      case TRUE_POSITIVE ->
          new Counts(truePositives + 1, falseNegatives, falsePositives, trueNegatives);
      case FALSE_NEGATIVE ->
          new Counts(truePositives, falseNegatives + 1, falsePositives, trueNegatives);
      case FALSE_POSITIVE ->
          new Counts(truePositives, falseNegatives, falsePositives + 1, trueNegatives);
      case TRUE_NEGATIVE ->
          new Counts(truePositives, falseNegatives, falsePositives, trueNegatives + 1);
    };
  }

  public Counts plus(Counts other) {
    return new Counts(
        truePositives + other.truePositives,
        falseNegatives + other.falseNegatives,
        falsePositives + other.falsePositives,
        trueNegatives + other.trueNegatives);
  }

  public int hazards() {
    return truePositives + falseNegatives;
  }

  public int safe() {
    return falsePositives + trueNegatives;
  }

  /** Reported hazards over everything reported; NaN when nothing was reported. */
  public double precision() {
    int reported = truePositives + falsePositives;
    return reported == 0 ? Double.NaN : (double) truePositives / reported;
  }

  /** Reported hazards over all hazards; NaN when there are none. */
  public double recall() {
    return hazards() == 0 ? Double.NaN : (double) truePositives / hazards();
  }

  /** {@code 0.93}, or {@code –} when undefined. */
  public static String format(double ratio) {
    return Double.isNaN(ratio) ? "–" : String.format(java.util.Locale.ROOT, "%.2f", ratio);
  }
}
