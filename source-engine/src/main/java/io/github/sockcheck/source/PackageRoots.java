package io.github.sockcheck.source;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the source root a file belongs to from its package declaration, so that the symbol solver can
 * find the project's other types even when the scan was given a repository root or single files.
 */
final class PackageRoots {

  private static final Pattern PACKAGE =
      Pattern.compile("^\\s*package\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\s*\\.\\s*[\\p{L}_$][\\p{L}\\p{N}_$]*)*)\\s*;",
          Pattern.MULTILINE);

  private PackageRoots() {}

  static String packageName(String text) {
    Matcher m = PACKAGE.matcher(text);
    return m.find() ? m.group(1).replaceAll("\\s+", "") : "";
  }

  /** The directory the package path starts in, or empty when the file does not sit in its package's directory. */
  static Optional<Path> rootOf(Path file, String packageName) {
    Path dir = file.toAbsolutePath().normalize().getParent();
    if (dir == null) return Optional.empty();
    if (packageName.isEmpty()) return Optional.of(dir);
    String[] segments = packageName.split("\\.");
    for (int i = segments.length - 1; i >= 0; i--) {
      if (dir == null || dir.getFileName() == null || !dir.getFileName().toString().equals(segments[i])) {
        return Optional.empty();
      }
      dir = dir.getParent();
    }
    return Optional.ofNullable(dir);
  }
}
