package io.github.sockcheck.testsupport;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding a fixture says must be reported: rule {@code ruleId} on line {@code line} of {@code
 * path} (relative to the folder the markers were read from, forward slashes). Printed as {@code
 * path:line rule-id}.
 */
public record Marker(String path, int line, String ruleId) implements Comparable<Marker> {

  private static final Comparator<Marker> ORDER =
      Comparator.comparing(Marker::path)
          .thenComparingInt(Marker::line)
          .thenComparing(Marker::ruleId);

  public Marker {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(ruleId, "ruleId");
    path = path.replace('\\', '/');
  }

  /** The same marker with {@code prefix + "/"} in front of its path (empty prefix: unchanged). */
  public Marker under(String prefix) {
    return prefix.isEmpty() ? this : new Marker(prefix + "/" + path, line, ruleId);
  }

  @Override
  public int compareTo(Marker other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return path + ":" + line + " " + ruleId;
  }
}
