package io.github.sockcheck.source;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The package a file declares, read from the head of its text: whitespace, comments and package
 * annotations are skipped, and the first other token ends the look (no scan of the whole file).
 */
final class PackageRoots {

  private PackageRoots() {}

  static String packageName(String text) {
    int i = skip(text, 0);
    while (i < text.length() && text.charAt(i) == '@') { // package annotations (package-info.java)
      i = skipName(text, skip(text, i + 1));
      i = skip(text, i);
      if (i < text.length() && text.charAt(i) == '(') i = skipParens(text, i);
      i = skip(text, i);
    }
    if (!text.startsWith("package", i)) return "";
    int after = i + "package".length();
    if (after >= text.length() || Character.isJavaIdentifierPart(text.charAt(after))) return "";
    int start = skip(text, after);
    StringBuilder name = new StringBuilder();
    int j = start;
    while (j < text.length()) {
      char c = text.charAt(j);
      if (Character.isJavaIdentifierPart(c) || c == '.') {
        name.append(c);
        j++;
      } else if (Character.isWhitespace(c) || c == '/') {
        int k = skip(text, j);
        if (k == j) return "";
        j = k;
      } else {
        break;
      }
    }
    return j < text.length() && text.charAt(j) == ';' ? name.toString() : "";
  }

  /** Past whitespace and comments. */
  private static int skip(String text, int i) {
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        i++;
      } else if (text.startsWith("//", i)) {
        int nl = text.indexOf('\n', i);
        i = nl < 0 ? text.length() : nl + 1;
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? text.length() : end + 2;
      } else {
        return i;
      }
    }
    return i;
  }

  private static int skipName(String text, int i) {
    while (i < text.length()
        && (Character.isJavaIdentifierPart(text.charAt(i)) || text.charAt(i) == '.')) i++;
    return i;
  }

  private static int skipParens(String text, int i) {
    int depth = 0;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') depth++;
      else if (c == ')' && --depth == 0) return i + 1;
    }
    return i;
  }

  /**
   * The directory the package path starts in, or empty when the file does not sit in its package's
   * directory.
   */
  static Optional<Path> rootOf(Path file, String packageName) {
    Path dir = file.toAbsolutePath().normalize().getParent();
    if (dir == null) return Optional.empty();
    if (packageName.isEmpty()) return Optional.of(dir);
    String[] segments = packageName.split("\\.");
    for (int i = segments.length - 1; i >= 0; i--) {
      if (dir == null
          || dir.getFileName() == null
          || !dir.getFileName().toString().equals(segments[i])) {
        return Optional.empty();
      }
      dir = dir.getParent();
    }
    return Optional.ofNullable(dir);
  }
}
