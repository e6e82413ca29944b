package io.github.sockcheck.core.versions;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PEP 440 version: {@code [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]}, parsed with the spec's
 * normalisation rules (case, {@code alpha/beta/c/pre/preview}, {@code rev/r}, implicit numbers,
 * separators, {@code 1.0-1} as a post release, a leading {@code v}). Ordering follows the spec's
 * "Summary of permitted suffixes and relative ordering"; equality is "same position in that order",
 * so {@code 1.0 == 1.0.0} and {@code 1.0+ubuntu.01 == 1.0+ubuntu.1}.
 *
 * <p>Hand-written on purpose: PEP 440 is short and fully specified, and no library would be smaller
 * than this class.
 */
public final class Pep440Version implements Comparable<Pep440Version> {

  private static final Pattern SYNTAX =
      Pattern.compile(
          "v?"
              + "(?:(?<epoch>[0-9]+)!)?"
              + "(?<release>[0-9]+(?:\\.[0-9]+)*)"
              + "(?<pre>[-_.]?(?<prel>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pren>[0-9]+)?)?"
              + "(?<post>(?:-(?<postn1>[0-9]+))|(?:[-_.]?(?<postl>post|rev|r)[-_.]?(?<postn2>[0-9]+)?))?"
              + "(?<dev>[-_.]?(?<devl>dev)[-_.]?(?<devn>[0-9]+)?)?"
              + "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?",
          Pattern.CASE_INSENSITIVE);

  /** Canonical pre-release labels, in order. */
  public enum PreLabel {
    A("a"),
    B("b"),
    RC("rc");

    final String text;

    PreLabel(String text) {
      this.text = text;
    }
  }

  private final BigInteger epoch;
  private final List<BigInteger> release;
  private final PreLabel preLabel;
  private final BigInteger preNumber;
  private final BigInteger post;
  private final BigInteger dev;
  private final List<String> local;

  public Pep440Version(
      BigInteger epoch,
      List<BigInteger> release,
      PreLabel preLabel,
      BigInteger preNumber,
      BigInteger post,
      BigInteger dev,
      List<String> local) {
    if (release.isEmpty()) throw new IllegalArgumentException("a version needs a release segment");
    if ((preLabel == null) != (preNumber == null))
      throw new IllegalArgumentException("pre label and number go together");
    this.epoch = epoch == null ? BigInteger.ZERO : epoch;
    this.release = List.copyOf(release);
    this.preLabel = preLabel;
    this.preNumber = preNumber;
    this.post = post;
    this.dev = dev;
    this.local = List.copyOf(local);
  }

  /**
   * Parses {@code text} (surrounding whitespace allowed); throws {@link IllegalArgumentException}
   * when it is not PEP 440.
   */
  public static Pep440Version parse(String text) {
    Pep440Version version = tryParse(text);
    if (version == null)
      throw new IllegalArgumentException("invalid PEP 440 version '" + text + "'");
    return version;
  }

  /** Like {@link #parse} but null when {@code text} is not a PEP 440 version. */
  public static Pep440Version tryParse(String text) {
    if (text == null) return null;
    Matcher m = SYNTAX.matcher(text.strip());
    if (!m.matches()) return null;
    BigInteger epoch =
        m.group("epoch") == null ? BigInteger.ZERO : new BigInteger(m.group("epoch"));
    List<BigInteger> release = new ArrayList<>();
    for (String part : m.group("release").split("\\.")) release.add(new BigInteger(part));
    PreLabel preLabel = null;
    BigInteger preNumber = null;
    if (m.group("pre") != null) {
      preLabel =
          switch (m.group("prel").toLowerCase(Locale.ROOT)) {
            case "a", "alpha" -> PreLabel.A;
            case "b", "beta" -> PreLabel.B;
            default -> PreLabel.RC; // c, rc, pre, preview
          };
      preNumber = number(m.group("pren"));
    }
    BigInteger post = null;
    if (m.group("post") != null)
      post = number(m.group("postn1") != null ? m.group("postn1") : m.group("postn2"));
    BigInteger dev = m.group("dev") == null ? null : number(m.group("devn"));
    List<String> local = new ArrayList<>();
    if (m.group("local") != null) {
      for (String part : m.group("local").toLowerCase(Locale.ROOT).split("[-_.]")) {
        local.add(isNumeric(part) ? new BigInteger(part).toString() : part);
      }
    }
    return new Pep440Version(epoch, release, preLabel, preNumber, post, dev, local);
  }

  private static BigInteger number(String digits) {
    return digits == null ? BigInteger.ZERO : new BigInteger(digits); // implicit number is 0
  }

  private static boolean isNumeric(String s) {
    if (s.isEmpty()) return false;
    for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
    return true;
  }

  public BigInteger epoch() {
    return epoch;
  }

  public List<BigInteger> release() {
    return release;
  }

  public PreLabel preLabel() {
    return preLabel;
  }

  public BigInteger preNumber() {
    return preNumber;
  }

  public BigInteger post() {
    return post;
  }

  public BigInteger dev() {
    return dev;
  }

  public List<String> local() {
    return local;
  }

  /** Pre-releases and developmental releases are "pre-releases" for specifier purposes. */
  public boolean isPreRelease() {
    return preLabel != null || dev != null;
  }

  public boolean isPostRelease() {
    return post != null;
  }

  public boolean hasLocal() {
    return !local.isEmpty();
  }

  /** This version without its local label. */
  public Pep440Version publicVersion() {
    return local.isEmpty()
        ? this
        : new Pep440Version(epoch, release, preLabel, preNumber, post, dev, List.of());
  }

  /** Epoch and release only ({@code 1!2.0rc1.post3+x} → {@code 1!2.0}). */
  public Pep440Version baseVersion() {
    return new Pep440Version(epoch, release, null, null, null, null, List.of());
  }

  /** A copy with another release segment and nothing else but the epoch. */
  public Pep440Version withRelease(List<BigInteger> newRelease) {
    return new Pep440Version(epoch, newRelease, null, null, null, null, List.of());
  }

  /** The normalized form, e.g. {@code 1!2.0rc1.post3.dev4+ubuntu.1}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (epoch.signum() != 0) out.append(epoch).append('!');
    for (int i = 0; i < release.size(); i++) {
      if (i > 0) out.append('.');
      out.append(release.get(i));
    }
    if (preLabel != null) out.append(preLabel.text).append(preNumber);
    if (post != null) out.append(".post").append(post);
    if (dev != null) out.append(".dev").append(dev);
    if (!local.isEmpty()) out.append('+').append(String.join(".", local));
    return out.toString();
  }

  @Override
  public int compareTo(Pep440Version other) {
    int c = epoch.compareTo(other.epoch);
    if (c != 0) return c;
    c = compareRelease(release, other.release);
    if (c != 0) return c;
    c = Integer.compare(preRank(), other.preRank());
    if (c != 0) return c;
    if (preLabel != null) {
      c = preLabel.compareTo(other.preLabel);
      if (c != 0) return c;
      c = preNumber.compareTo(other.preNumber);
      if (c != 0) return c;
    }
    c = compareOptional(post, other.post, -1); // no post sorts before any post
    if (c != 0) return c;
    c = compareOptional(dev, other.dev, +1); // no dev sorts after any dev
    if (c != 0) return c;
    return compareLocal(local, other.local);
  }

  /**
   * 0: a dev release with neither pre nor post (sorts before every pre-release of the same
   * release), 1: has a pre-release label, 2: final (no pre label).
   */
  private int preRank() {
    if (preLabel == null && post == null && dev != null) return 0;
    return preLabel != null ? 1 : 2;
  }

  private static int compareOptional(BigInteger a, BigInteger b, int missingSign) {
    if (a == null && b == null) return 0;
    if (a == null) return missingSign;
    if (b == null) return -missingSign;
    return a.compareTo(b);
  }

  /** Release segments compare numerically with trailing zeros ignored ({@code 1.0 == 1.0.0}). */
  static int compareRelease(List<BigInteger> a, List<BigInteger> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
      BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
      int c = x.compareTo(y);
      if (c != 0) return c;
    }
    return 0;
  }

  /**
   * No local label sorts first; segments compare numeric (as integers) above alphanumeric (as
   * strings); a shorter label that is a prefix of a longer one sorts first.
   */
  private static int compareLocal(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      String x = a.get(i);
      String y = b.get(i);
      boolean xn = isNumeric(x);
      boolean yn = isNumeric(y);
      int c;
      if (xn && yn) c = new BigInteger(x).compareTo(new BigInteger(y));
      else if (xn) c = 1;
      else if (yn) c = -1;
      else c = x.compareTo(y);
      if (c != 0) return c;
    }
    return Integer.compare(a.size(), b.size());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pep440Version v && compareTo(v) == 0;
  }

  @Override
  public int hashCode() {
    List<BigInteger> trimmed = new ArrayList<>(release);
    while (trimmed.size() > 1 && trimmed.get(trimmed.size() - 1).signum() == 0)
      trimmed.remove(trimmed.size() - 1);
    return Objects.hash(epoch, trimmed, preLabel, preNumber, post, dev, local);
  }
}
