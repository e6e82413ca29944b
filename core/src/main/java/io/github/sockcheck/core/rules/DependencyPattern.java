package io.github.sockcheck.core.rules;

import java.util.List;

/**
 * A package at versions in a range. {@code ecosystem} is "maven" (names are {@code
 * groupId:artifactId}, range in Maven range syntax, e.g. {@code [4.2.8.Final,4.2.10.Final)}) or
 * "pypi" (names are normalized project names, range a PEP 440 specifier set, e.g. {@code >=19.4}).
 * Any of {@code names} satisfies the pattern.
 *
 * @param range null only for an {@code absent} pattern, where it means "at any version"
 * @param absent the rule requires that none of {@code names} is a dependency (at a version in
 *     range)
 */
public record DependencyPattern(
    String ecosystem, List<String> names, String range, boolean absent) {
  public DependencyPattern {
    names = List.copyOf(names);
  }

  /** A pattern that must be present. */
  public DependencyPattern(String ecosystem, List<String> names, String range) {
    this(ecosystem, names, range, false);
  }
}
