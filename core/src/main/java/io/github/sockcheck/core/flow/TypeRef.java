package io.github.sockcheck.core.flow;

import io.github.sockcheck.core.findings.Location;

/**
 * A place where code names a type without calling it: {@code X.class}, {@code X::new}, {@code
 * instanceof X}, {@code (X)}. Combination rules' {@code code-uses: - type: X} patterns look at
 * these (and at calls on X).
 */
public record TypeRef(String type, Kind kind, Location location) {

  public enum Kind {
    CLASS_LITERAL,
    METHOD_REFERENCE,
    INSTANCEOF,
    CAST
  }
}
