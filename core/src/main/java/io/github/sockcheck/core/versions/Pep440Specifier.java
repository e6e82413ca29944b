package io.github.sockcheck.core.versions;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * One PEP 440 version specifier clause ("Version specifiers" section): {@code ~=}, {@code ==} (with
 * {@code .*} prefix matching and local-label rules), {@code !=}, {@code <=}, {@code >=}, {@code <},
 * {@code >} (with the exclusive-ordered-comparison rules) and {@code ===} (string identity).
 *
 * <p>Hand-written on purpose, with {@link Pep440Version}: the spec's clause rules are short and
 * exact.
 */
public final class Pep440Specifier {

  public enum Operator {
    COMPATIBLE("~="),
    EQUAL("=="),
    NOT_EQUAL("!="),
    LESS_EQUAL("<="),
    GREATER_EQUAL(">="),
    LESS("<"),
    GREATER(">"),
    ARBITRARY("===");

    public final String text;

    Operator(String text) {
      this.text = text;
    }
  }

  private final Operator operator;
  private final String versionText;

  /** Null only for {@code ===} operands that are not PEP 440 versions. */
  private final Pep440Version version;

  private final boolean prefix;

  private Pep440Specifier(
      Operator operator, String versionText, Pep440Version version, boolean prefix) {
    this.operator = operator;
    this.versionText = versionText;
    this.version = version;
    this.prefix = prefix;
  }

  /**
   * Parses one clause such as {@code >=1.3a2}, {@code == 1.1.*}; throws {@link
   * IllegalArgumentException}.
   */
  public static Pep440Specifier parse(String clause) {
    String text = clause.strip();
    Operator op = null;
    for (Operator candidate :
        List.of(
            Operator.ARBITRARY,
            Operator.COMPATIBLE,
            Operator.EQUAL,
            Operator.NOT_EQUAL,
            Operator.LESS_EQUAL,
            Operator.GREATER_EQUAL,
            Operator.LESS,
            Operator.GREATER)) {
      if (text.startsWith(candidate.text)) {
        op = candidate;
        break;
      }
    }
    if (op == null)
      throw new IllegalArgumentException(
          "invalid specifier '" + clause + "': expected an operator (==, >=, <, ~=, ...)");
    String operand = text.substring(op.text.length()).strip();
    if (operand.isEmpty())
      throw new IllegalArgumentException("invalid specifier '" + clause + "': missing version");
    if (op == Operator.ARBITRARY) {
      if (operand.chars().anyMatch(Character::isWhitespace))
        throw new IllegalArgumentException("invalid specifier '" + clause + "'");
      return new Pep440Specifier(op, operand, Pep440Version.tryParse(operand), false);
    }
    boolean prefix = operand.endsWith(".*");
    if (prefix && op != Operator.EQUAL && op != Operator.NOT_EQUAL) {
      throw new IllegalArgumentException(
          "invalid specifier '" + clause + "': '.*' is only allowed with == and !=");
    }
    Pep440Version v =
        Pep440Version.tryParse(prefix ? operand.substring(0, operand.length() - 2) : operand);
    if (v == null)
      throw new IllegalArgumentException(
          "invalid specifier '" + clause + "': '" + operand + "' is not a PEP 440 version");
    if (prefix && (v.dev() != null || v.hasLocal())) {
      throw new IllegalArgumentException(
          "invalid specifier '" + clause + "': a prefix match cannot name a dev or local release");
    }
    if (v.hasLocal() && op != Operator.EQUAL && op != Operator.NOT_EQUAL) {
      throw new IllegalArgumentException(
          "invalid specifier '" + clause + "': local versions are only allowed with == and !=");
    }
    if (op == Operator.COMPATIBLE && v.release().size() < 2) {
      throw new IllegalArgumentException(
          "invalid specifier '" + clause + "': ~= needs at least two release numbers (e.g. ~=2.2)");
    }
    return new Pep440Specifier(op, operand, v, prefix);
  }

  public Operator operator() {
    return operator;
  }

  public Pep440Version version() {
    return version;
  }

  public boolean prefix() {
    return prefix;
  }

  /** True when the clause names a pre-release, which switches pre-releases on for the whole set. */
  public boolean mentionsPreRelease() {
    return operator != Operator.NOT_EQUAL && version != null && version.isPreRelease();
  }

  /** Membership ignoring the pre-release policy (that is the set's job). */
  public boolean admits(Pep440Version candidate) {
    return switch (operator) {
      case ARBITRARY -> candidate.toString().equalsIgnoreCase(versionText);
      case EQUAL -> equal(candidate);
      case NOT_EQUAL -> !equal(candidate);
      case LESS_EQUAL -> candidate.publicVersion().compareTo(version) <= 0;
      case GREATER_EQUAL -> candidate.publicVersion().compareTo(version) >= 0;
      case LESS -> less(candidate);
      case GREATER -> greater(candidate);
      case COMPATIBLE ->
          candidate.publicVersion().compareTo(version) >= 0
              && prefixMatch(candidate, compatiblePrefix());
    };
  }

  /** For {@code ===}: the raw operand, admitted only by the identical string. */
  public boolean admitsText(String candidateText) {
    return operator == Operator.ARBITRARY && candidateText.strip().equalsIgnoreCase(versionText);
  }

  /**
   * {@code ~=V.N} ≡ {@code >=V.N, ==V.*}: the release without its last number, pre/post/dev
   * dropped.
   */
  List<BigInteger> compatiblePrefix() {
    List<BigInteger> release = version.release();
    return release.subList(0, release.size() - 1);
  }

  private boolean equal(Pep440Version candidate) {
    if (prefix) return prefixMatch(candidate, version);
    // Without a local label in the specifier the candidate's local label is ignored.
    Pep440Version c = version.hasLocal() ? candidate : candidate.publicVersion();
    return c.compareTo(version) == 0;
  }

  private boolean less(Pep440Version candidate) {
    Pep440Version c = candidate.publicVersion();
    if (c.compareTo(version) >= 0) return false;
    // <V must not admit a pre-release of V itself unless V is a pre-release.
    return version.isPreRelease()
        || !c.isPreRelease()
        || Pep440Version.compareRelease(c.release(), version.release()) != 0
        || !c.epoch().equals(version.epoch());
  }

  private boolean greater(Pep440Version candidate) {
    Pep440Version c = candidate.publicVersion();
    if (c.compareTo(version) <= 0) return false;
    boolean sameBase = c.baseVersion().compareTo(version.baseVersion()) == 0;
    // >V must not admit a post-release of V unless V is one, nor a local version of V.
    if (!version.isPostRelease() && c.isPostRelease() && sameBase) return false;
    return !(candidate.hasLocal() && sameBase);
  }

  /**
   * Prefix match of {@code ==V.*}: the candidate (local label dropped) and the prefix are compared
   * component by component, the candidate's release zero-padded to the prefix's length.
   */
  private boolean prefixMatch(Pep440Version candidate, Pep440Version prefixVersion) {
    if (!candidate.epoch().equals(prefixVersion.epoch())) return false;
    List<String> want = components(prefixVersion.release(), prefixVersion);
    List<BigInteger> release = new ArrayList<>(candidate.release());
    while (release.size() < prefixVersion.release().size()) release.add(BigInteger.ZERO);
    List<String> have = components(release, candidate.publicVersion());
    if (have.size() < want.size()) return false;
    return have.subList(0, want.size()).equals(want);
  }

  private boolean prefixMatch(Pep440Version candidate, List<BigInteger> releasePrefix) {
    return prefixMatch(candidate, version.withRelease(releasePrefix));
  }

  /** Release numbers, then "a1"/"rc2", "post3", "dev4" tokens, for prefix comparison. */
  private static List<String> components(List<BigInteger> release, Pep440Version v) {
    List<String> out = new ArrayList<>();
    for (BigInteger n : release) out.add(n.toString());
    if (v.preLabel() != null) out.add(v.preLabel().text + v.preNumber());
    if (v.post() != null) out.add("post" + v.post());
    if (v.dev() != null) out.add("dev" + v.dev());
    return out;
  }

  @Override
  public String toString() {
    return operator.text
        + (version == null || operator == Operator.ARBITRARY
            ? versionText
            : version + (prefix ? ".*" : ""));
  }

  /** The operand as written (for {@code ===}, the string a candidate must equal). */
  public String operandText() {
    return versionText;
  }
}
