package io.github.sockcheck.python.manifest;

import io.github.sockcheck.core.versions.Pep440SpecifierSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses PEP 508 dependency specifications as they appear in {@code requirements.txt}, {@code
 * pyproject.toml}, {@code setup.cfg} and Pipfiles: {@code name [extras] (specifiers) ; marker} or
 * {@code name @ url ; marker}.
 */
public final class RequirementParser {

  private RequirementParser() {}

  /**
   * Parses {@code text}; throws {@link IllegalArgumentException} with a readable message when it is
   * not PEP 508.
   */
  public static Requirement parse(String text) {
    int n = text.length();
    int i = skipSpaces(text, 0);
    int nameStart = i;
    while (i < n && isNameChar(text.charAt(i))) i++;
    if (i == nameStart || !Character.isLetterOrDigit(text.charAt(nameStart))) {
      throw new IllegalArgumentException("expected a project name");
    }
    int nameEnd = i;
    while (nameEnd > nameStart && !Character.isLetterOrDigit(text.charAt(nameEnd - 1))) nameEnd--;
    if (nameEnd != i)
      throw new IllegalArgumentException(
          "a project name cannot end with '" + text.charAt(i - 1) + "'");
    String name = PypiName.normalize(text.substring(nameStart, nameEnd));
    i = skipSpaces(text, i);
    List<String> extras = new ArrayList<>();
    if (i < n && text.charAt(i) == '[') {
      int close = text.indexOf(']', i);
      if (close < 0) throw new IllegalArgumentException("unclosed '[' of extras");
      for (String extra : text.substring(i + 1, close).split(",")) {
        if (!extra.isBlank()) extras.add(extra.strip());
      }
      i = skipSpaces(text, close + 1);
    }
    int markerAt = markerStart(text, i);
    String body = text.substring(i, markerAt < 0 ? n : markerAt).strip();
    String marker = markerAt < 0 ? null : text.substring(markerAt + 1).strip();
    if (marker != null && marker.isEmpty())
      throw new IllegalArgumentException("empty environment marker after ';'");
    String url = null;
    String specifier = "";
    if (body.startsWith("@")) {
      url = body.substring(1).strip();
      if (url.isEmpty()) throw new IllegalArgumentException("missing URL after '@'");
    } else if (!body.isEmpty()) {
      String spec = body;
      if (spec.startsWith("(")) {
        if (!spec.endsWith(")"))
          throw new IllegalArgumentException("unclosed '(' around the version specifier");
        spec = spec.substring(1, spec.length() - 1);
      }
      specifier = normalizeSpecifier(spec);
      Pep440SpecifierSet.parse(specifier); // validates; throws IllegalArgumentException
    }
    int end = markerAt < 0 ? trimEnd(text, n) : trimEnd(text, n);
    return new Requirement(name, extras, specifier, marker, url, nameStart, end);
  }

  /** {@code >= 1.0 , < 2} → {@code >=1.0,<2}. */
  static String normalizeSpecifier(String spec) {
    StringBuilder out = new StringBuilder();
    for (String clause : spec.split(",", -1)) {
      if (out.length() > 0) out.append(',');
      out.append(clause.strip().replaceAll("\\s+", ""));
    }
    return out.toString();
  }

  /**
   * The offset of the ';' that starts the marker; for URLs it must be preceded by whitespace (PEP
   * 508).
   */
  private static int markerStart(String text, int from) {
    boolean url = text.startsWith("@", from);
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == ';' && (!url || (i > 0 && Character.isWhitespace(text.charAt(i - 1)))))
        return i;
    }
    return -1;
  }

  private static int trimEnd(String text, int end) {
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
    return end;
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
    return i;
  }

  private static boolean isNameChar(char c) {
    return (c < 128 && Character.isLetterOrDigit(c)) || c == '-' || c == '_' || c == '.';
  }
}
