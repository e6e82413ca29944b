package io.github.sockcheck.core.findings;

import java.util.Locale;

/**
 * How often a rule's findings are true positives; the names are SARIF's {@code precision} values.
 */
public enum Precision {
  VERY_HIGH,
  HIGH,
  MEDIUM,
  LOW;

  public String sarifName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** One step lower, used when a fact could not be established (no classpath, unknown runtime). */
  public Precision lower() {
    return this == LOW ? LOW : values()[ordinal() + 1];
  }

  public static Precision parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
