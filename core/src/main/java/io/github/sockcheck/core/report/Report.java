package io.github.sockcheck.core.report;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.rules.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one scan hands to the reporters.
 *
 * @param root the scan root; finding paths are relative to it and files are read from it
 * @param rules every rule that ran (also those without findings: GitHub closes their old alerts)
 * @param findings the findings, suppressed ones included (reporters decide whether to show them)
 * @param notifications problems the scan met (files it could not read, ...)
 * @param toolVersion sockcheck's version, e.g. {@code 0.1.0}
 * @param automationId SARIF {@code automationDetails.id}, or null to write none, so that the upload
 *     action's {@code category} input applies; GitHub's category is everything up to the last
 *     {@code /}
 * @param sourceRoot the repository root SARIF URIs are relative to ({@code %SRCROOT%}); {@code
 *     root} or a directory above it
 */
public record Report(
    Path root,
    List<Rule> rules,
    List<Finding> findings,
    List<Notification> notifications,
    String toolVersion,
    String automationId,
    Path sourceRoot) {

  public Report {
    Objects.requireNonNull(root, "root");
    rules = List.copyOf(rules);
    findings = List.copyOf(findings);
    notifications = List.copyOf(notifications);
    Objects.requireNonNull(toolVersion, "toolVersion");
    if (automationId != null && automationId.isBlank()) automationId = null;
    if (sourceRoot == null) sourceRoot = root;
  }

  /** A report whose SARIF URIs are relative to the scan root itself. */
  public Report(
      Path root,
      List<Rule> rules,
      List<Finding> findings,
      List<Notification> notifications,
      String toolVersion,
      String automationId) {
    this(root, rules, findings, notifications, toolVersion, automationId, root);
  }

  /**
   * The {@code automationDetails.id} for a category, as the upload action forms it from its {@code
   * category} input: the category with a {@code /} appended unless it ends in one. Null or blank
   * gives null (no id).
   */
  public static String automationIdFor(String category) {
    if (category == null || category.isBlank()) return null;
    String trimmed = category.trim();
    return trimmed.endsWith("/") ? trimmed : trimmed + "/";
  }

  /**
   * One report for several scans over the same root (the modules of a reactor): rules united by id
   * (first definition wins), findings and notifications concatenated with exact duplicates dropped.
   * The first report supplies the root and the tool version.
   */
  public static Report merge(List<Report> reports, String automationId) {
    if (reports.isEmpty()) throw new IllegalArgumentException("nothing to merge");
    Map<String, Rule> rules = new LinkedHashMap<>();
    Set<Finding> findings = new LinkedHashSet<>();
    Set<Notification> notifications = new LinkedHashSet<>();
    for (Report r : reports) {
      for (Rule rule : r.rules()) rules.putIfAbsent(rule.id(), rule);
      findings.addAll(r.findings());
      notifications.addAll(r.notifications());
    }
    Report first = reports.get(0);
    return new Report(
        first.root(),
        new ArrayList<>(rules.values()),
        new ArrayList<>(findings),
        new ArrayList<>(notifications),
        first.toolVersion(),
        automationId);
  }
}
