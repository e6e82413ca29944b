package io.github.sockcheck.core.versions;

/**
 * Version semantics of one ecosystem: Maven ({@code maven}: ComparableVersion ordering, range
 * syntax such as {@code [4.2.8.Final,4.2.10.Final)}) or PyPI ({@code pypi}: PEP 440 versions and
 * specifier sets such as {@code >=19.4,<20}). Never string comparison.
 */
public interface VersionScheme {

  /** The {@link io.github.sockcheck.core.facts.Ecosystem#id()} this scheme orders versions of. */
  String ecosystem();

  /** True when the exact {@code version} lies in {@code range}. */
  boolean contains(String range, String version);

  /**
   * True when some version admitted by {@code constraint} (what a manifest declares, e.g. {@code
   * >=20.0}) also lies in {@code range} (what a rule says is affected).
   */
  boolean overlaps(String range, String constraint);

  /**
   * Throws {@link IllegalArgumentException} with a readable message when {@code range} is
   * malformed.
   */
  void validateRange(String range);
}
