package io.github.sockcheck.core.match;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.versioning.DefaultArtifactVersion;
import org.apache.maven.artifact.versioning.InvalidVersionSpecificationException;
import org.apache.maven.artifact.versioning.VersionRange;

/**
 * Default runtime range test: Maven range syntax over the Java release, and PEP 440 specifier sets over
 * plain release numbers ({@code 3.7}, {@code 3.11.4}) for Python. Interpreter versions have no epochs
 * or local labels worth supporting here; pre-release suffixes are ignored.
 */
final class ConditionEvaluatorRanges {

  private ConditionEvaluatorRanges() {}

  static boolean contains(String runtime, String range, String version) {
    return switch (runtime) {
      case "java" -> javaContains(range, version);
      case "python" -> pythonContains(range, version);
      default -> throw new IllegalArgumentException("unknown runtime '" + runtime + "'");
    };
  }

  static boolean javaContains(String range, String version) {
    try {
      String normalized = version.startsWith("1.") ? version.substring(2) : version; // 1.8 -> 8
      return VersionRange.createFromVersionSpec(range).containsVersion(new DefaultArtifactVersion(normalized));
    } catch (InvalidVersionSpecificationException e) {
      throw new IllegalArgumentException("invalid Maven range '" + range + "': " + e.getMessage(), e);
    }
  }

  static boolean pythonContains(String specifiers, String version) {
    List<BigInteger> v = release(version);
    for (String raw : specifiers.split(",")) {
      String clause = raw.trim();
      if (clause.isEmpty()) continue;
      String op = operator(clause);
      String operand = clause.substring(op.length()).trim();
      boolean prefix = operand.endsWith(".*");
      List<BigInteger> w = release(prefix ? operand.substring(0, operand.length() - 2) : operand);
      int cmp = compare(v, w);
      boolean ok = switch (op) {
        case ">=" -> cmp >= 0;
        case ">" -> cmp > 0;
        case "<=" -> cmp <= 0;
        case "<" -> cmp < 0;
        case "==", "===" -> prefix ? startsWith(v, w) : cmp == 0;
        case "!=" -> prefix ? !startsWith(v, w) : cmp != 0;
        case "~=" -> cmp >= 0 && startsWith(v, w.subList(0, Math.max(1, w.size() - 1)));
        default -> throw new IllegalArgumentException("invalid specifier '" + clause + "'");
      };
      if (!ok) return false;
    }
    return true;
  }

  private static String operator(String clause) {
    for (String op : List.of("===", "~=", "==", "!=", ">=", "<=", ">", "<")) {
      if (clause.startsWith(op)) return op;
    }
    throw new IllegalArgumentException("invalid specifier '" + clause + "' (expected an operator such as >=)");
  }

  private static List<BigInteger> release(String text) {
    List<BigInteger> parts = new ArrayList<>();
    for (String part : text.trim().split("\\.")) {
      int end = 0;
      while (end < part.length() && Character.isDigit(part.charAt(end))) end++;
      if (end == 0) {
        if (parts.isEmpty()) throw new IllegalArgumentException("invalid version '" + text + "'");
        break;
      }
      parts.add(new BigInteger(part.substring(0, end)));
      if (end < part.length()) break; // pre-release or local suffix: release part ends here
    }
    return parts;
  }

  private static int compare(List<BigInteger> a, List<BigInteger> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
      BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
      int c = x.compareTo(y);
      if (c != 0) return c;
    }
    return 0;
  }

  private static boolean startsWith(List<BigInteger> v, List<BigInteger> prefix) {
    for (int i = 0; i < prefix.size(); i++) {
      BigInteger x = i < v.size() ? v.get(i) : BigInteger.ZERO;
      if (!x.equals(prefix.get(i))) return false;
    }
    return true;
  }
}
