package io.github.sockcheck.core.findings;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * One reported problem. Plain data: engines create findings, suppression and baseline filtering
 * annotate them, reporters print them.
 *
 * @param engines the engines that found it ("source", "bytecode", "combination", "python"); two
 *     engines finding the same rule at the same place merge into one finding
 * @param properties extra facts shown in SARIF {@code properties}, e.g. "coordinate", "trail"
 * @param suppression non-null when suppressed in source or by the baseline
 * @param baselineState null without a baseline, else "new" or "unchanged"
 */
public record Finding(
    String ruleId,
    String message,
    Severity severity,
    Precision precision,
    Location location,
    SortedSet<String> engines,
    List<RelatedLocation> related,
    List<Fix> fixes,
    Map<String, String> properties,
    Suppression suppression,
    String baselineState) {

  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::location, Location.ORDER)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(location, "location");
    engines = new TreeSet<>(engines);
    related = List.copyOf(related);
    fixes = List.copyOf(fixes);
    properties = new TreeMap<>(properties);
  }

  public static Finding of(
      String ruleId,
      String message,
      Severity severity,
      Precision precision,
      Location location,
      String engine) {
    return new Copy(ruleId, message, severity, precision, location, new TreeSet<>(List.of(engine)))
        .build();
  }

  public Finding withRelated(List<RelatedLocation> newRelated) {
    return changed(c -> c.related = newRelated);
  }

  public Finding withFixes(List<Fix> newFixes) {
    return changed(c -> c.fixes = newFixes);
  }

  public Finding withProperties(Map<String, String> newProperties) {
    return changed(c -> c.properties = newProperties);
  }

  public Finding withLocation(Location newLocation) {
    return changed(c -> c.location = newLocation);
  }

  public Finding withEngines(SortedSet<String> newEngines) {
    return changed(c -> c.engines = newEngines);
  }

  public Finding withSeverity(Severity newSeverity) {
    return changed(c -> c.severity = newSeverity);
  }

  public Finding withSuppression(Suppression newSuppression) {
    return changed(c -> c.suppression = newSuppression);
  }

  public Finding withBaselineState(String state) {
    return changed(c -> c.baselineState = state);
  }

  /** This finding with {@code change} applied to a copy of its components. */
  private Finding changed(Consumer<Copy> change) {
    Copy copy = new Copy(this);
    change.accept(copy);
    return copy.build();
  }

  public boolean suppressed() {
    return suppression != null;
  }

  /**
   * The components of a finding, to change one and build again: the one place {@link #of} and the
   * withers build a finding.
   */
  private static final class Copy {
    private String ruleId;
    private String message;
    private Severity severity;
    private Precision precision;
    private Location location;
    private SortedSet<String> engines;
    private List<RelatedLocation> related;
    private List<Fix> fixes;
    private Map<String, String> properties;
    private Suppression suppression;
    private String baselineState;

    /** A new finding's components: nothing related, no fixes or properties, not suppressed. */
    Copy(
        String ruleId,
        String message,
        Severity severity,
        Precision precision,
        Location location,
        SortedSet<String> engines) {
      this.ruleId = ruleId;
      this.message = message;
      this.severity = severity;
      this.precision = precision;
      this.location = location;
      this.engines = engines;
      related = List.of();
      fixes = List.of();
      properties = Map.of();
    }

    Copy(Finding f) {
      this(f.ruleId, f.message, f.severity, f.precision, f.location, f.engines);
      related = f.related;
      fixes = f.fixes;
      properties = f.properties;
      suppression = f.suppression;
      baselineState = f.baselineState;
    }

    Finding build() {
      return new Finding(
          ruleId,
          message,
          severity,
          precision,
          location,
          engines,
          related,
          fixes,
          properties,
          suppression,
          baselineState);
    }
  }
}
