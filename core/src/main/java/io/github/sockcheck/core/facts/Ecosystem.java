package io.github.sockcheck.core.facts;

import java.util.Locale;

/**
 * The package ecosystems of dependencies and dependency patterns. {@link #id()} is the name facts,
 * rules and caches carry: the only place those names are spelled.
 */
public enum Ecosystem {
  /**
   * Maven artifacts, named {@code groupId:artifactId}, versions in Maven's ordering and range
   * syntax.
   */
  MAVEN,
  /** PyPI distributions, names normalised per PEP 503, versions per PEP 440. */
  PYPI;

  /** The lower-case name: {@code maven}, {@code pypi}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when {@code id} names this ecosystem. */
  public boolean is(String id) {
    return id().equals(id);
  }
}
