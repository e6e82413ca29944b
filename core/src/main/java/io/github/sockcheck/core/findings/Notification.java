package io.github.sockcheck.core.findings;

import java.util.Comparator;

/**
 * Something the scan could not do (a file that does not parse, a corrupt class file, an unreadable
 * manifest). Reported on the console and as a SARIF tool-execution notification; never stops the
 * scan.
 *
 * @param location the file (and line, when known) the problem is about; may be null
 * @param source which engine or stage reported it, e.g. "source", "bytecode", "rules"
 */
public record Notification(Severity level, String message, Location location, String source) {

  public static final Comparator<Notification> ORDER =
      Comparator.comparing((Notification n) -> n.location() == null ? "" : n.location().path())
          .thenComparingInt(n -> n.location() == null ? 0 : n.location().startLine())
          .thenComparing(Notification::source)
          .thenComparing(Notification::message);

  public static Notification error(String source, Location location, String message) {
    return new Notification(Severity.ERROR, message, location, source);
  }

  public static Notification warning(String source, Location location, String message) {
    return new Notification(Severity.WARNING, message, location, source);
  }
}
