package io.github.sockcheck.core.report;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Findings and notifications as console lines that IDEs and terminals turn into links.
 *
 * <ul>
 *   <li>{@link Style#MAVEN}: {@code /abs/path/Foo.java:[12,5] rule-id: message}, the javac/Maven
 *       compiler shape IntelliJ links at ERROR level and VS Code's terminal links at any level;
 *       paths are absolute because IntelliJ resolves the name as written.
 *   <li>{@link Style#CLI}: {@code path:12:5: warning: message [rule-id]}, the GCC shape, with paths
 *       under the root as the user gave it.
 * </ul>
 *
 * Suppressed findings are not listed; they are counted in the summary. Order: findings by {@link
 * Finding#ORDER}, then notifications by {@link Notification#ORDER}, then one summary line per
 * severity.
 */
public final class ConsoleReporter {

  public enum Style {
    MAVEN,
    CLI
  }

  private final Style style;
  private final Path root;

  /**
   * @param root the repository root; in CLI style pass it as the user wrote it (e.g. {@code .}) so
   *     paths print relative to the working directory
   */
  public ConsoleReporter(Style style, Path root) {
    this.style = style;
    this.root = style == Style.MAVEN ? root.toAbsolutePath().normalize() : root.normalize();
  }

  public List<ConsoleLine> lines(List<Finding> findings, List<Notification> notifications) {
    List<ConsoleLine> lines = new ArrayList<>();
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.ORDER);
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) counts.put(s, 0);
    int suppressed = 0;
    for (Finding f : sorted) {
      if (f.suppressed()) {
        suppressed++;
        continue;
      }
      counts.merge(f.severity(), 1, Integer::sum);
      lines.add(new ConsoleLine(f.severity(), finding(f)));
    }
    List<Notification> notes = new ArrayList<>(notifications);
    notes.sort(Notification.ORDER);
    for (Notification n : notes) lines.add(new ConsoleLine(n.level(), notification(n)));
    lines.addAll(summary(counts, suppressed));
    return lines;
  }

  /**
   * {@code sockcheck: 2 errors} / {@code sockcheck: 1 warning} / {@code sockcheck: 0 notes} (+
   * suppressed).
   */
  private static List<ConsoleLine> summary(Map<Severity, Integer> counts, int suppressed) {
    List<ConsoleLine> lines = new ArrayList<>();
    lines.add(summaryLine(counts.get(Severity.ERROR), "error"));
    lines.add(summaryLine(counts.get(Severity.WARNING), "warning"));
    lines.add(summaryLine(counts.get(Severity.NOTE), "note"));
    if (suppressed > 0) lines.add(summaryLine(suppressed, "suppressed finding"));
    return lines;
  }

  private static ConsoleLine summaryLine(int count, String noun) {
    return new ConsoleLine(
        Severity.NOTE, "sockcheck: " + count + " " + noun + (count == 1 ? "" : "s"));
  }

  private String finding(Finding f) {
    Location l = f.location();
    if (style == Style.MAVEN) return mavenPosition(l) + " " + f.ruleId() + ": " + f.message();
    return cliPosition(l)
        + " "
        + f.severity().sarifLevel()
        + ": "
        + f.message()
        + " ["
        + f.ruleId()
        + "]";
  }

  private String notification(Notification n) {
    Location l = n.location();
    String source = n.source() == null || n.source().isBlank() ? "" : " (" + n.source() + ")";
    if (style == Style.MAVEN) {
      return (l == null ? "sockcheck:" : mavenPosition(l)) + " " + n.message() + source;
    }
    return (l == null ? "sockcheck:" : cliPosition(l))
        + " "
        + n.level().sarifLevel()
        + ": "
        + n.message()
        + " [sockcheck]";
  }

  /**
   * {@code /abs/Foo.java:[12,5]}, {@code /abs/Foo.java:[12]} without a column, {@code
   * /abs/pom.xml:} without a line.
   */
  private String mavenPosition(Location l) {
    String path = root.resolve(l.path()).normalize().toString();
    if (l.startLine() <= 0) return path + ":";
    return path + ":[" + l.startLine() + (l.startColumn() > 0 ? "," + l.startColumn() : "") + "]";
  }

  /** {@code path:12:5:}, {@code path:12:} without a column, {@code path:} without a line. */
  private String cliPosition(Location l) {
    String path = root.resolve(l.path()).normalize().toString();
    if (path.isEmpty()) path = l.path();
    StringBuilder s = new StringBuilder(path).append(':');
    if (l.startLine() > 0) {
      s.append(l.startLine()).append(':');
      if (l.startColumn() > 0) s.append(l.startColumn()).append(':');
    }
    return s.toString();
  }
}
