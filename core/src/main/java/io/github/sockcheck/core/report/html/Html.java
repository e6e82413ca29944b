package io.github.sockcheck.core.report.html;

import java.util.Locale;

/**
 * Escaping for text that comes from outside (messages, paths, source lines, rule files): every
 * value is written as text or as a double-quoted attribute, never as markup.
 *
 * <p>Besides the five markup characters, {@code $} is written as a character reference because the
 * Maven site renderer replaces {@code $relativePath} in report bodies. Characters HTML cannot carry
 * (NUL and other C0/C1 controls, lone surrogates from undecodable file names, non-characters)
 * become U+FFFD, so the page parses the same in every browser.
 */
final class Html {

  private Html() {}

  /** Text content or a double-quoted attribute value. */
  static String escape(String text) {
    if (text == null) return "";
    StringBuilder out = new StringBuilder(text.length() + 16);
    appendEscaped(out, text);
    return out.toString();
  }

  static void appendEscaped(StringBuilder out, CharSequence text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '$' -> out.append("&#36;");
        case '\t', '\n' -> out.append(c);
        case '\r' -> out.append('\n');
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < length
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, text.charAt(++i));
            if (isNonCharacter(cp)) out.append('\uFFFD');
            else out.appendCodePoint(cp);
          } else if (Character.isSurrogate(c) || Character.isISOControl(c) || isNonCharacter(c)) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  private static boolean isNonCharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }

  /** A path as text that may break after each {@code /} (and only there) when it does not fit. */
  static String path(String path) {
    StringBuilder out = new StringBuilder(path.length() + 16);
    int start = 0;
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', start)) {
      appendEscaped(out, path.substring(start, slash + 1));
      out.append("<wbr>");
      start = slash + 1;
    }
    appendEscaped(out, path.substring(start));
    return out.toString();
  }

  /**
   * An {@code href} for a web link, or null when the URL is not plain http(s) (no {@code
   * javascript:}, no data).
   */
  static String safeUrl(String url) {
    if (url == null) return null;
    String trimmed = url.strip();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (!(lower.startsWith("https://") || lower.startsWith("http://"))) return null;
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`' || c == 0x7f)
        return null;
    }
    return trimmed;
  }

  /**
   * A string usable inside an {@code id} and a URL fragment: letters, digits, {@code -}, {@code _}.
   */
  static String idPart(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_';
      out.append(plain ? c : '_');
    }
    return out.toString();
  }
}
