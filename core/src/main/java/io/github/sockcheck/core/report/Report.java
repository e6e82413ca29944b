package io.github.sockcheck.core.report;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.rules.Rule;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What one scan hands to the reporters.
 *
 * @param root the repository root; finding paths are relative to it and files are read from it
 * @param rules every rule that ran (also those without findings: GitHub closes their old alerts)
 * @param findings the findings, suppressed ones included (reporters decide whether to show them)
 * @param notifications problems the scan met (files it could not read, ...)
 * @param toolVersion sockcheck's version, e.g. {@code 0.1.0}
 * @param automationId SARIF {@code automationDetails.id}; GitHub's category is everything up to the last
 *     {@code /}, e.g. {@code sockcheck/} or {@code sockcheck/module-a/}
 */
public record Report(
    Path root,
    List<Rule> rules,
    List<Finding> findings,
    List<Notification> notifications,
    String toolVersion,
    String automationId) {

  public static final String DEFAULT_AUTOMATION_ID = "sockcheck/";

  public Report {
    Objects.requireNonNull(root, "root");
    rules = List.copyOf(rules);
    findings = List.copyOf(findings);
    notifications = List.copyOf(notifications);
    Objects.requireNonNull(toolVersion, "toolVersion");
    if (automationId == null || automationId.isBlank()) automationId = DEFAULT_AUTOMATION_ID;
  }
}
