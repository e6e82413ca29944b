package io.github.sockcheck.scan;

import io.github.sockcheck.core.findings.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * When a scan fails the build: at a severity or above, or {@code none} for never. The CLI's {@code
 * --fail-on} and the Maven plugin's {@code failOn} take these values.
 */
public enum FailOn {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  NOTE(Severity.NOTE),
  NONE(null);

  private final Severity severity;

  FailOn(Severity severity) {
    this.severity = severity;
  }

  /** The lowest severity that fails the run; null for {@link #NONE}. */
  public Severity severity() {
    return severity;
  }

  /** The value as users write it: {@code error}, {@code warning}, {@code note}, {@code none}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when {@code result} has a finding at or above this level. */
  public boolean fails(ScanResult result) {
    return severity != null && result.failsAt(severity);
  }

  /** The value named {@code value} (any case, surrounding blanks ignored); empty for another. */
  public static Optional<FailOn> of(String value) {
    String wanted = value.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.value().equals(wanted)).findFirst();
  }

  /**
   * The value named {@code value}.
   *
   * @param option how the user set it ({@code failOn}, {@code --fail-on}), for the message
   * @throws ConfigurationException naming the values there are
   */
  public static FailOn parse(String value, String option) throws ConfigurationException {
    Optional<FailOn> found = of(value);
    if (found.isEmpty()) {
      throw new ConfigurationException(option + " " + takes() + ", not `" + value + "`");
    }
    return found.get();
  }

  /** What the values are, completing "OPTION ...": {@code takes error, warning, note or none}. */
  public static String takes() {
    return "takes error, warning, note or none";
  }
}
