package io.github.sockcheck.python.manifest;

import java.util.Locale;
import java.util.Set;

/**
 * Dependency groups that are not deployed. Poetry's {@code dev-dependencies} and every {@code
 * [tool.poetry.group.*]}, PEP 735 {@code [dependency-groups]} and Pipfile {@code [dev-packages]}
 * are development tooling by definition and are never read; extras ({@code optional-dependencies},
 * {@code extras_require}) are installed on request, so they count unless their name says they are
 * for development ({@code dev}, {@code test}, {@code docs}, {@code lint} and the like).
 */
public final class DevelopmentGroups {

  private static final Set<String> NAMES =
      Set.of(
          "dev",
          "devel",
          "develop",
          "development",
          "test",
          "tests",
          "testing",
          "lint",
          "linting",
          "docs",
          "doc",
          "typing",
          "types",
          "ci",
          "check",
          "checks",
          "style",
          "format");

  private DevelopmentGroups() {}

  /**
   * True for an extra named like a development group ({@code dev}, {@code Test}, {@code
   * docs-build}…).
   */
  public static boolean isDevelopment(String extra) {
    if (extra == null) return false;
    String name = extra.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    if (NAMES.contains(name)) return true;
    int dash = name.indexOf('-');
    return dash > 0 && NAMES.contains(name.substring(0, dash));
  }
}
