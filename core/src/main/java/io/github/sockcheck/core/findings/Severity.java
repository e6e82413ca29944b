package io.github.sockcheck.core.findings;

import java.util.Locale;

/** Finding level, ordered from most to least severe; the names are SARIF's {@code level} values. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  public String sarifLevel() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is at or above {@code threshold} (ERROR is above WARNING). */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /**
   * One level lower (NOTE stays NOTE): for a finding that rests on a fact sockcheck could not
   * establish.
   */
  public Severity lower() {
    return this == NOTE ? NOTE : values()[ordinal() + 1];
  }

  public static Severity parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
