package io.github.sockcheck.cli;

import io.github.sockcheck.core.findings.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The values of {@code scan --fail-on}: a severity, or {@code none} for never. */
enum FailOn {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  NOTE(Severity.NOTE),
  NONE(null);

  private final Severity severity;

  FailOn(Severity severity) {
    this.severity = severity;
  }

  /** The lowest severity that fails the run; null for {@link #NONE}. */
  Severity severity() {
    return severity;
  }

  /** The value as users write it: {@code error}, {@code warning}, {@code note}, {@code none}. */
  String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The value named {@code value} (any case); empty for an unknown one. */
  static Optional<FailOn> of(String value) {
    String wanted = value.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.value().equals(wanted)).findFirst();
  }
}
