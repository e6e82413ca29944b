package io.github.sockcheck.core.versions;

import io.github.sockcheck.core.facts.Ecosystem;
import java.util.List;
import org.apache.maven.artifact.versioning.ArtifactVersion;
import org.apache.maven.artifact.versioning.ComparableVersion;
import org.apache.maven.artifact.versioning.DefaultArtifactVersion;
import org.apache.maven.artifact.versioning.InvalidVersionSpecificationException;
import org.apache.maven.artifact.versioning.Restriction;
import org.apache.maven.artifact.versioning.VersionRange;

/**
 * Maven's own version semantics: {@link ComparableVersion} ordering ({@code 4.2.9.Final <
 * 4.2.10.Final}, {@code 1.0-SNAPSHOT < 1.0}) and range syntax ({@code [4.2.8.Final,4.2.10.Final)},
 * {@code (,16)}, unions {@code [1,2),[3,)}). A bare version used as a range or constraint means
 * exactly that version (Maven would read it as a soft "recommended" version that admits everything,
 * which is useless here).
 *
 * <p>sockcheck only compares release versions as published (a numeric core such as {@code 4.2.9} or
 * {@code 0.0.26}, then at most one qualifier: {@code .Final}, {@code -M3}, {@code .CR1}, {@code
 * -alpha.1}, {@code -jre}, {@code -SP1}, {@code -SNAPSHOT}...) against rule bounds of the same
 * shape; on those, {@link ComparableVersion} is a total order ({@code
 * MavenVersionSchemePropertiesTest}). It is not one on every string; these cycles are known in
 * maven-artifact 3.9.11 and are left to it:
 *
 * <ul>
 *   <li>versions that start with a qualifier: {@code 0.alpha < 0.0 < ga.1 < 0.alpha}, and
 *       MNG-6568's {@code 0-alpha > x > 0 > 0-alpha};
 *   <li>a pre-release label introduced by {@code .} with its number split off, after a zero
 *       component: {@code 1.2 < 1.2-jre < 1.2.0.alpha-1 < 1.2} (also {@code 1.2.0.alpha.1}, {@code
 *       1.2.0.RC-1}).
 * </ul>
 *
 * A cycle can only make a range answer oddly for such a version; {@link #contains} and {@link
 * #overlaps} compare a few bounds and never sort, so nothing throws.
 */
public final class MavenVersionScheme implements VersionScheme {

  @Override
  public String ecosystem() {
    return Ecosystem.MAVEN.id();
  }

  @Override
  public boolean contains(String range, String version) {
    requireText(version, "version");
    VersionRange parsed = parse(range);
    ArtifactVersion v = new DefaultArtifactVersion(version.trim());
    if (parsed.getRecommendedVersion() != null)
      return compare(parsed.getRecommendedVersion(), v) == 0;
    return parsed.containsVersion(v);
  }

  @Override
  public boolean overlaps(String range, String constraint) {
    List<Restriction> a = restrictions(parse(range));
    List<Restriction> b = restrictions(parse(constraint));
    for (Restriction x : a) {
      for (Restriction y : b) {
        if (intersect(x, y)) return true;
      }
    }
    return false;
  }

  @Override
  public void validateRange(String range) {
    parse(range);
  }

  /** Compares two versions with Maven's ordering. */
  public int compare(String a, String b) {
    return new ComparableVersion(a.trim()).compareTo(new ComparableVersion(b.trim()));
  }

  private static int compare(ArtifactVersion a, ArtifactVersion b) {
    return new ComparableVersion(a.toString()).compareTo(new ComparableVersion(b.toString()));
  }

  private static VersionRange parse(String range) {
    requireText(range, "range");
    String spec = range.trim();
    try {
      return VersionRange.createFromVersionSpec(spec);
    } catch (InvalidVersionSpecificationException e) {
      throw new IllegalArgumentException(
          "invalid Maven version range '"
              + spec
              + "': "
              + e.getMessage()
              + " (write e.g. [4.2.8.Final,4.2.10.Final) or (,16))",
          e);
    }
  }

  private static void requireText(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          "empty Maven " + what + " (write e.g. [4.2.8.Final,4.2.10.Final))");
    }
  }

  /** The restrictions of a range; a bare version becomes the single point [v,v]. */
  private static List<Restriction> restrictions(VersionRange range) {
    ArtifactVersion recommended = range.getRecommendedVersion();
    if (recommended != null) return List.of(new Restriction(recommended, true, recommended, true));
    return range.getRestrictions();
  }

  /** True when the two intervals share at least one version. */
  private static boolean intersect(Restriction x, Restriction y) {
    return below(
            x.getLowerBound(),
            x.isLowerBoundInclusive(),
            y.getUpperBound(),
            y.isUpperBoundInclusive())
        && below(
            y.getLowerBound(),
            y.isLowerBoundInclusive(),
            x.getUpperBound(),
            x.isUpperBoundInclusive());
  }

  /**
   * True when some version is at or above {@code lower} and at or below {@code upper} (null =
   * unbounded).
   */
  private static boolean below(
      ArtifactVersion lower,
      boolean lowerInclusive,
      ArtifactVersion upper,
      boolean upperInclusive) {
    if (lower == null || upper == null) return true;
    int c = compare(lower, upper);
    return c < 0 || (c == 0 && lowerInclusive && upperInclusive);
  }
}
