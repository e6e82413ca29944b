package io.github.sockcheck.core.versions;

import java.util.ArrayList;
import java.util.List;

/**
 * A comma-separated PEP 440 specifier set ({@code >=1.0,!=1.3.4.*,<2.0}): a version must satisfy
 * every clause. The empty set admits every version.
 *
 * <p>Pre-releases (including dev releases) are excluded unless a clause names a pre-release (as PEP
 * 440 and pip do by default) or the caller allows them, e.g. because the version is already
 * installed.
 *
 * <p>Hand-written on purpose: pip's pre-release default is one rule, not worth a dependency.
 */
public final class Pep440SpecifierSet {

  private final List<Pep440Specifier> clauses;

  private Pep440SpecifierSet(List<Pep440Specifier> clauses) {
    this.clauses = List.copyOf(clauses);
  }

  /**
   * Parses {@code text}; blank or {@code *} is the empty set. Throws {@link
   * IllegalArgumentException}.
   */
  public static Pep440SpecifierSet parse(String text) {
    List<Pep440Specifier> clauses = new ArrayList<>();
    String trimmed = text == null ? "" : text.strip();
    if (!trimmed.isEmpty() && !trimmed.equals("*")) {
      for (String part : trimmed.split(",", -1)) {
        if (part.isBlank())
          throw new IllegalArgumentException("invalid specifier set '" + text + "': empty clause");
        clauses.add(Pep440Specifier.parse(part));
      }
    }
    return new Pep440SpecifierSet(clauses);
  }

  public List<Pep440Specifier> clauses() {
    return clauses;
  }

  public boolean mentionsPreRelease() {
    return clauses.stream().anyMatch(Pep440Specifier::mentionsPreRelease);
  }

  /** Membership with the default pre-release policy. */
  public boolean contains(Pep440Version version) {
    return contains(version, false);
  }

  /**
   * @param allowPreReleases admit pre-releases even when no clause names one
   */
  public boolean contains(Pep440Version version, boolean allowPreReleases) {
    if (version.isPreRelease() && !allowPreReleases && !mentionsPreRelease()) return false;
    for (Pep440Specifier clause : clauses) {
      if (!clause.admits(version)) return false;
    }
    return true;
  }

  /**
   * Membership of a version string; a string that is not PEP 440 can only satisfy {@code ===}
   * clauses.
   */
  public boolean contains(String versionText, boolean allowPreReleases) {
    Pep440Version version = Pep440Version.tryParse(versionText);
    if (version != null) {
      if (version.isPreRelease() && !allowPreReleases && !mentionsPreRelease()) return false;
      for (Pep440Specifier clause : clauses) {
        boolean ok =
            clause.operator() == Pep440Specifier.Operator.ARBITRARY
                ? clause.admitsText(versionText)
                : clause.admits(version);
        if (!ok) return false;
      }
      return true;
    }
    if (clauses.isEmpty()) return false;
    return clauses.stream().allMatch(c -> c.admitsText(versionText));
  }

  @Override
  public String toString() {
    return String.join(",", clauses.stream().map(Pep440Specifier::toString).toList());
  }
}
