package io.github.sockcheck.core.facts;

import java.util.Arrays;
import java.util.Optional;

/**
 * The package ecosystems of dependencies and dependency patterns. {@link #id()} is the name facts, rules and
 * caches carry ({@code "maven"}, {@code "pypi"}): the only place those names are spelled.
 */
public enum Ecosystem {
  /** Maven artifacts, named {@code groupId:artifactId}, versions in Maven's ordering and range syntax. */
  MAVEN("maven"),
  /** PyPI distributions, names normalised per PEP 503, versions per PEP 440. */
  PYPI("pypi");

  private final String id;

  Ecosystem(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** True when {@code id} names this ecosystem. */
  public boolean is(String id) {
    return this.id.equals(id);
  }

  /** The ecosystem named {@code id}; empty for a name none has. */
  public static Optional<Ecosystem> of(String id) {
    return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
  }

  @Override
  public String toString() {
    return id;
  }
}
