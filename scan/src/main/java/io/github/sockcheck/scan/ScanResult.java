package io.github.sockcheck.scan;

import io.github.sockcheck.core.baseline.Baseline;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.io.FileTexts;
import io.github.sockcheck.core.report.ConsoleLine;
import io.github.sockcheck.core.report.ConsoleReporter;
import io.github.sockcheck.core.report.Report;
import io.github.sockcheck.core.report.SarifWriter;
import io.github.sockcheck.core.report.html.HtmlReportWriter;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.scan.cache.CacheStats;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What one scan found. Immutable; findings and notifications are sorted. */
public final class ScanResult {

  private final Path root;
  private final Path sourceRoot;
  private final List<Rule> rules;
  private final List<Finding> findings;
  private final List<Notification> notifications;
  private final boolean includeSuppressed;
  private final List<CacheStats> cacheStats;

  ScanResult(
      Path root,
      List<Rule> rules,
      List<Finding> findings,
      List<Notification> notifications,
      boolean includeSuppressed) {
    this(root, rules, findings, notifications, includeSuppressed, List.of(), root);
  }

  ScanResult(
      Path root,
      List<Rule> rules,
      List<Finding> findings,
      List<Notification> notifications,
      boolean includeSuppressed,
      List<CacheStats> cacheStats,
      Path sourceRoot) {
    this.cacheStats = List.copyOf(cacheStats);
    this.root = root;
    this.sourceRoot = sourceRoot;
    this.rules = List.copyOf(rules);
    List<Finding> sortedFindings = new ArrayList<>(findings);
    sortedFindings.sort(Finding.ORDER);
    this.findings = List.copyOf(sortedFindings);
    List<Notification> sortedNotes = new ArrayList<>(notifications);
    sortedNotes.sort(Notification.ORDER);
    this.notifications = List.copyOf(sortedNotes);
    this.includeSuppressed = includeSuppressed;
  }

  /** What the incremental cache did per engine (empty without {@code cacheDir}). */
  public List<CacheStats> cacheStats() {
    return cacheStats;
  }

  /** The scan root the finding paths are relative to. */
  public Path root() {
    return root;
  }

  /** The repository root SARIF URIs are relative to: the scan root or a directory above it. */
  public Path sourceRoot() {
    return sourceRoot;
  }

  /** The rules that ran: enabled rules with at least one engine that ran, sorted by id. */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Every finding, sorted by {@link Finding#ORDER}; suppressed ones (in source or by baseline) are
   * marked.
   */
  public List<Finding> findings() {
    return findings;
  }

  /** The findings that are not suppressed, sorted. */
  public List<Finding> reportable() {
    return findings.stream().filter(f -> !f.suppressed()).toList();
  }

  /**
   * Problems the scan met (unreadable files, suppressions without a reason, a crashed engine),
   * sorted.
   */
  public List<Notification> notifications() {
    return notifications;
  }

  /**
   * True when some reportable finding is at or above {@code threshold}; a null threshold never
   * fails.
   */
  public boolean failsAt(Severity threshold) {
    if (threshold == null) return false;
    return reportable().stream().anyMatch(f -> f.severity().atLeast(threshold));
  }

  /** The data the core reporters take. */
  public Report report(String automationId) {
    return new Report(
        root, rules, findings, notifications, Sockcheck.VERSION, automationId, sourceRoot);
  }

  /**
   * Writes a SARIF 2.1.0 log atomically. Suppressed findings are included (marked) only when the
   * request said {@code includeSuppressed}; otherwise they are left out, because GitHub shows them
   * as open alerts.
   *
   * @param automationId SARIF {@code automationDetails.id}, e.g. {@code sockcheck/} ({@link
   *     Report#automationIdFor}); null for none, so that the upload action's category applies
   */
  public void writeSarif(Path file, String automationId) throws IOException {
    SarifWriter writer =
        includeSuppressed ? SarifWriter.includingSuppressed() : SarifWriter.forUpload();
    writer.write(report(automationId), file);
  }

  /**
   * Writes the HTML report atomically: one self-contained page for people. Findings suppressed in
   * source are listed only when the request said {@code includeSuppressed}, as in SARIF.
   *
   * @param title the project name the page shows; null for the root directory's name
   */
  public void writeHtml(Path file, String title) throws IOException {
    htmlWriter(title).write(report(null), file);
  }

  /** The HTML page {@link #writeHtml} would write. */
  public String html(String title) {
    return htmlWriter(title).toHtml(report(null));
  }

  /** The HTML report as a fragment for another page (the Maven site report). */
  public String htmlFragment(String title) {
    return htmlWriter(title).toFragment(report(null));
  }

  private HtmlReportWriter htmlWriter(String title) {
    HtmlReportWriter writer =
        includeSuppressed
            ? HtmlReportWriter.includingSuppressed()
            : HtmlReportWriter.withoutSuppressed();
    return writer.titled(title);
  }

  /**
   * Writes every finding not suppressed in source (baseline-matched ones included) as the new
   * baseline, atomically, and returns how many it holds.
   */
  public int writeBaseline(Path file) throws IOException {
    Baseline baseline = Baseline.of(findings, new FileTexts(root));
    baseline.write(file);
    return baseline.entries().size();
  }

  /** The SARIF text {@link #writeSarif} would write. */
  public String sarif(String automationId) {
    SarifWriter writer =
        includeSuppressed ? SarifWriter.includingSuppressed() : SarifWriter.forUpload();
    return writer.toJson(report(automationId));
  }

  /**
   * Findings (suppressed ones left out) and notifications as console lines; {@link #summary()}
   * gives the closing lines. CLI style prints paths relative to the working directory when the root
   * lies under it, else absolute.
   */
  public List<ConsoleLine> consoleLines(ConsoleStyle style) {
    return consoleLines(style, style == ConsoleStyle.MAVEN ? root : displayRoot());
  }

  /**
   * Console lines with paths printed under {@code displayRoot}, the root as the user wrote it (e.g.
   * {@code .} or {@code ../repo}); MAVEN style always prints absolute paths.
   */
  public List<ConsoleLine> consoleLines(ConsoleStyle style, Path displayRoot) {
    ConsoleReporter reporter =
        style == ConsoleStyle.MAVEN
            ? new ConsoleReporter(ConsoleReporter.Style.MAVEN, root)
            : new ConsoleReporter(ConsoleReporter.Style.CLI, displayRoot);
    List<ConsoleLine> lines = new ArrayList<>(reporter.lines(findings, notifications));
    // The reporter ends with one count line per severity (+ one for suppressed); summary() replaces
    // them.
    int countLines =
        Severity.values().length + (findings.stream().anyMatch(Finding::suppressed) ? 1 : 0);
    for (int i = 0;
        i < countLines
            && !lines.isEmpty()
            && lines.get(lines.size() - 1).text().startsWith("sockcheck: ");
        i++) {
      lines.remove(lines.size() - 1);
    }
    return List.copyOf(lines);
  }

  private Path displayRoot() {
    Path abs = root.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
  }

  /**
   * The closing lines of a console report, e.g. {@code sockcheck: 2 errors, 1 warning, 0 notes (1
   * suppressed); 9 rules ran}.
   */
  public List<String> summary() {
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    int suppressed = 0;
    for (Finding f : findings) {
      if (f.suppressed()) {
        suppressed++;
        continue;
      }
      switch (f.severity()) {
        case ERROR -> errors++;
        case WARNING -> warnings++;
        case NOTE -> notes++;
      }
    }
    StringBuilder s =
        new StringBuilder("sockcheck: ")
            .append(count(errors, "error"))
            .append(", ")
            .append(count(warnings, "warning"))
            .append(", ")
            .append(count(notes, "note"));
    if (suppressed > 0) s.append(" (").append(suppressed).append(" suppressed)");
    s.append("; ").append(count(rules.size(), "rule")).append(" ran");
    if (!notifications.isEmpty())
      s.append("; ").append(count(notifications.size(), "notification"));
    return List.of(s.toString());
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
