package io.github.sockcheck.core.findings;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

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
    return new Finding(
        ruleId,
        message,
        severity,
        precision,
        location,
        new TreeSet<>(List.of(engine)),
        List.of(),
        List.of(),
        Map.of(),
        null,
        null);
  }

  public Finding withRelated(List<RelatedLocation> newRelated) {
    return new Finding(
        ruleId,
        message,
        severity,
        precision,
        location,
        engines,
        newRelated,
        fixes,
        properties,
        suppression,
        baselineState);
  }

  public Finding withFixes(List<Fix> newFixes) {
    return new Finding(
        ruleId,
        message,
        severity,
        precision,
        location,
        engines,
        related,
        newFixes,
        properties,
        suppression,
        baselineState);
  }

  public Finding withProperties(Map<String, String> newProperties) {
    return new Finding(
        ruleId,
        message,
        severity,
        precision,
        location,
        engines,
        related,
        fixes,
        newProperties,
        suppression,
        baselineState);
  }

  public Finding withLocation(Location newLocation) {
    return new Finding(
        ruleId,
        message,
        severity,
        precision,
        newLocation,
        engines,
        related,
        fixes,
        properties,
        suppression,
        baselineState);
  }

  public Finding withEngines(SortedSet<String> newEngines) {
    return new Finding(
        ruleId,
        message,
        severity,
        precision,
        location,
        newEngines,
        related,
        fixes,
        properties,
        suppression,
        baselineState);
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(
        ruleId,
        message,
        newSeverity,
        precision,
        location,
        engines,
        related,
        fixes,
        properties,
        suppression,
        baselineState);
  }

  public Finding withSuppression(Suppression newSuppression) {
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
        newSuppression,
        baselineState);
  }

  public Finding withBaselineState(String state) {
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
        state);
  }

  public boolean suppressed() {
    return suppression != null;
  }
}
