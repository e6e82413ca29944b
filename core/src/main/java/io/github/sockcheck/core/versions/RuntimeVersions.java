package io.github.sockcheck.core.versions;

/**
 * The version semantics of runtime conditions, the same for call rules ({@code runtime: python,
 * range: R}) and combination rules ({@code python: R}, {@code java-release: R}): Java releases with
 * Maven's ordering and range syntax (after {@link JavaRelease#normalize}), Python interpreters with
 * PEP 440 specifier sets, pre-release rules included ({@code >=3.7.0b1} does not contain {@code
 * 3.7.0a4}).
 */
public final class RuntimeVersions {

  private static final VersionScheme JAVA = new MavenVersionScheme();
  private static final VersionScheme PYTHON = new Pep440VersionScheme();

  private RuntimeVersions() {}

  /** True when the exact runtime {@code version} lies in {@code range}. */
  public static boolean contains(String runtime, String range, String version) {
    return scheme(runtime).contains(range, normalize(runtime, version));
  }

  /**
   * True when some version {@code constraint} admits (e.g. {@code requires-python >=3.6}) lies in
   * {@code range}.
   */
  public static boolean overlaps(String runtime, String range, String constraint) {
    return scheme(runtime).overlaps(range, constraint);
  }

  /**
   * Throws {@link IllegalArgumentException} with a readable message when {@code range} is
   * malformed.
   */
  public static void validateRange(String runtime, String range) {
    scheme(runtime).validateRange(range);
  }

  /** The version as the range test sees it: Java {@code 1.8} is release {@code 8}. */
  public static String normalize(String runtime, String version) {
    return "java".equals(runtime) ? JavaRelease.normalize(version) : version.trim();
  }

  private static VersionScheme scheme(String runtime) {
    return switch (runtime) {
      case "java" -> JAVA;
      case "python" -> PYTHON;
      default ->
          throw new IllegalArgumentException("unknown runtime '" + runtime + "' (java or python)");
    };
  }
}
