package io.github.sockcheck.python.manifest;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Poetry's version constraint syntax converted to PEP 440 specifier sets, per Poetry's documented
 * semantics: {@code ^1.2.3} → {@code >=1.2.3,<2.0.0} (the left-most non-zero number may not change;
 * {@code ^0.2.3} → {@code <0.3.0}, {@code ^0.0.3} → {@code <0.0.4}, {@code ^0.0} → {@code <0.1},
 * {@code ^0} → {@code <1}); {@code ~1.2.3} → {@code >=1.2.3,<1.3.0}, {@code ~1} → {@code >=1,<2};
 * {@code *} any; {@code 1.2.*} → {@code ==1.2.*}; a bare version is exact; {@code =V} is {@code
 * ==V}; {@code ,} (or whitespace) joins clauses and {@code ||} separates alternatives.
 */
public final class PoetryConstraint {

  private static final Pattern RELEASE = Pattern.compile("^v?(\\d+(?:\\.\\d+)*)(.*)$");
  private static final Pattern CLAUSE_START = Pattern.compile("\\s+(?=[<>=!~^])");

  private PoetryConstraint() {}

  /**
   * One PEP 440 specifier set per {@code ||} alternative ("" = any version). Throws
   * IllegalArgumentException.
   */
  public static List<String> toPep440(String constraint) {
    List<String> alternatives = new ArrayList<>();
    for (String alternative : constraint.split("\\|\\|")) {
      List<String> clauses = new ArrayList<>();
      String compact = alternative.strip().replaceAll("([<>=!~^]+)\\s+", "$1");
      for (String part : CLAUSE_START.matcher(compact).replaceAll(",").split(",")) {
        String clause = part.strip();
        if (clause.isEmpty() || clause.equals("*")) continue;
        clauses.addAll(clause(clause));
      }
      String set = String.join(",", clauses);
      io.github.sockcheck.core.versions.Pep440SpecifierSet.parse(set); // validate
      alternatives.add(set);
    }
    return alternatives;
  }

  private static List<String> clause(String clause) {
    if (clause.startsWith("^")) return bounded(clause.substring(1), true);
    if (clause.startsWith("~") && !clause.startsWith("~="))
      return bounded(clause.substring(1), false);
    if (clause.startsWith("=") && !clause.startsWith("=="))
      return List.of("==" + clause.substring(1));
    if (Character.isDigit(clause.charAt(0)) || clause.startsWith("v"))
      return List.of("==" + clause);
    return List.of(clause);
  }

  private static List<String> bounded(String version, boolean caret) {
    Matcher m = RELEASE.matcher(version.strip());
    if (!m.matches()) throw new IllegalArgumentException("invalid version '" + version + "'");
    String[] parts = m.group(1).split("\\.");
    int n = parts.length;
    int bump;
    if (caret) {
      bump = n - 1;
      for (int i = 0; i < n; i++) {
        if (!new BigInteger(parts[i]).equals(BigInteger.ZERO)) {
          bump = i;
          break;
        }
      }
    } else {
      bump = n >= 2 ? 1 : 0;
    }
    List<String> upper = new ArrayList<>();
    for (int i = 0; i < Math.max(n, bump + 1); i++) {
      if (i < bump) upper.add(parts[i]);
      else if (i == bump) upper.add(new BigInteger(parts[i]).add(BigInteger.ONE).toString());
      else upper.add("0");
    }
    return List.of(">=" + version.strip(), "<" + String.join(".", upper));
  }
}
