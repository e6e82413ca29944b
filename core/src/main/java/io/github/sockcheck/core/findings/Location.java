package io.github.sockcheck.core.findings;

import java.util.Comparator;
import java.util.Objects;

/**
 * A region in a file. {@code path} is relative to the repository root with forward slashes. Lines
 * and columns are 1-based; {@code endColumn} is the column after the last character (SARIF's
 * convention); 0 means unknown.
 */
public record Location(String path, int startLine, int startColumn, int endLine, int endColumn) {

  public static final Comparator<Location> ORDER =
      Comparator.comparing(Location::path)
          .thenComparingInt(Location::startLine)
          .thenComparingInt(Location::startColumn)
          .thenComparingInt(Location::endLine)
          .thenComparingInt(Location::endColumn);

  public Location {
    Objects.requireNonNull(path, "path");
    path = path.replace('\\', '/');
  }

  public static Location line(String path, int line) {
    return new Location(path, line, 0, line, 0);
  }

  public static Location file(String path) {
    return new Location(path, 0, 0, 0, 0);
  }

  public Location withPath(String newPath) {
    return new Location(newPath, startLine, startColumn, endLine, endColumn);
  }

  @Override
  public String toString() {
    return path + ":" + startLine + (startColumn > 0 ? ":" + startColumn : "");
  }
}
