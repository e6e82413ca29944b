package io.github.sockcheck.python.manifest;

import io.github.sockcheck.core.versions.Pep440Specifier;
import io.github.sockcheck.core.versions.Pep440Version;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates PEP 508 environment markers with three-valued logic: only {@code python_version} and
 * {@code python_full_version} are known (from the project's declared interpreter); every other
 * variable ({@code sys_platform}, {@code extra}…) is unknown. A requirement is dropped only when
 * its marker is definitely false for that interpreter, so an unknown marker keeps the requirement.
 */
public final class MarkerEvaluator {

  public enum Truth {
    TRUE,
    FALSE,
    UNKNOWN
  }

  private final String pythonFullVersion;
  private final String pythonVersion;
  private List<String> tokens;
  private int at;

  /**
   * @param interpreter the exact interpreter version ({@code 3.11} or {@code 3.11.4}); null when
   *     unknown
   */
  public MarkerEvaluator(String interpreter) {
    Pep440Version v = interpreter == null ? null : Pep440Version.tryParse(interpreter);
    if (v == null) {
      pythonFullVersion = null;
      pythonVersion = null;
    } else {
      pythonFullVersion = interpreter.strip();
      List<java.math.BigInteger> r = v.release();
      pythonVersion = r.get(0) + "." + (r.size() > 1 ? r.get(1) : "0");
    }
  }

  /** Throws {@link IllegalArgumentException} when the marker does not parse. */
  public Truth evaluate(String marker) {
    tokens = tokenize(marker);
    at = 0;
    Truth t = or();
    if (at != tokens.size())
      throw new IllegalArgumentException("unexpected '" + tokens.get(at) + "' in marker");
    return t;
  }

  private Truth or() {
    Truth left = and();
    while (peek("or")) {
      at++;
      Truth right = and();
      left =
          left == Truth.TRUE || right == Truth.TRUE
              ? Truth.TRUE
              : left == Truth.FALSE && right == Truth.FALSE ? Truth.FALSE : Truth.UNKNOWN;
    }
    return left;
  }

  private Truth and() {
    Truth left = atom();
    while (peek("and")) {
      at++;
      Truth right = atom();
      left =
          left == Truth.FALSE || right == Truth.FALSE
              ? Truth.FALSE
              : left == Truth.TRUE && right == Truth.TRUE ? Truth.TRUE : Truth.UNKNOWN;
    }
    return left;
  }

  private Truth atom() {
    if (peek("(")) {
      at++;
      Truth t = or();
      expect(")");
      return t;
    }
    String left = next();
    String op = next();
    if (op.equals("not")) {
      expectWord("in");
      op = "not in";
    }
    String right = next();
    return compare(left, op, right);
  }

  private Truth compare(String left, String op, String right) {
    String l = value(left);
    String r = value(right);
    if (!isOperator(op)) throw new IllegalArgumentException("unknown marker operator '" + op + "'");
    if (l == null || r == null) return Truth.UNKNOWN;
    switch (op) {
      case "in" -> {
        return truth(r.contains(l));
      }
      case "not in" -> {
        return truth(!r.contains(l));
      }
      default -> {}
    }
    Pep440Version lv = Pep440Version.tryParse(l);
    Pep440Version rv = Pep440Version.tryParse(r);
    if (lv != null && rv != null && !op.equals("===")) {
      try {
        return truth(Pep440Specifier.parse(op + r).admits(lv));
      } catch (IllegalArgumentException e) {
        // e.g. "~=" with a one-number version: fall through to string comparison
      }
    }
    return switch (op) {
      case "==", "===" -> truth(l.equals(r));
      case "!=" -> truth(!l.equals(r));
      default -> Truth.UNKNOWN;
    };
  }

  private static boolean isOperator(String op) {
    return List.of("==", "!=", "<=", ">=", "<", ">", "~=", "===", "in", "not in").contains(op);
  }

  private static Truth truth(boolean b) {
    return b ? Truth.TRUE : Truth.FALSE;
  }

  /** A quoted string's content, a known variable's value, or null for unknown variables. */
  private String value(String token) {
    if (token.startsWith("\"") || token.startsWith("'"))
      return token.substring(1, token.length() - 1);
    return switch (token) {
      case "python_version" -> pythonVersion;
      case "python_full_version" -> pythonFullVersion;
      case "os_name",
          "sys_platform",
          "platform_release",
          "platform_system",
          "platform_version",
          "platform_machine",
          "platform_python_implementation",
          "implementation_name",
          "implementation_version",
          "extra",
          "extras",
          "dependency_groups",
          "os.name",
          "sys.platform",
          "platform.version",
          "platform.machine",
          "platform.python_implementation",
          "python_implementation" ->
          null;
      default -> throw new IllegalArgumentException("unknown marker variable '" + token + "'");
    };
  }

  private boolean peek(String t) {
    return at < tokens.size() && tokens.get(at).equals(t);
  }

  private String next() {
    if (at >= tokens.size()) throw new IllegalArgumentException("marker ends too early");
    return tokens.get(at++);
  }

  private void expect(String t) {
    if (!peek(t)) throw new IllegalArgumentException("expected '" + t + "' in marker");
    at++;
  }

  private void expectWord(String t) {
    expect(t);
  }

  private static List<String> tokenize(String marker) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = marker.length();
    while (i < n) {
      char c = marker.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"' || c == '\'') {
        int end = marker.indexOf(c, i + 1);
        if (end < 0) throw new IllegalArgumentException("unterminated string in marker");
        out.add(marker.substring(i, end + 1));
        i = end + 1;
      } else if (c == '(' || c == ')') {
        out.add(String.valueOf(c));
        i++;
      } else if ("<>=!~".indexOf(c) >= 0) {
        int start = i;
        while (i < n && "<>=!~".indexOf(marker.charAt(i)) >= 0) i++;
        out.add(marker.substring(start, i));
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
        int start = i;
        while (i < n
            && (Character.isLetterOrDigit(marker.charAt(i))
                || marker.charAt(i) == '_'
                || marker.charAt(i) == '.')) i++;
        out.add(marker.substring(start, i));
      } else {
        throw new IllegalArgumentException("unexpected '" + c + "' in marker");
      }
    }
    return out;
  }
}
