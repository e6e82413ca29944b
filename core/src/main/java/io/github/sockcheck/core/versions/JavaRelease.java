package io.github.sockcheck.core.versions;

/**
 * Java release numbers as build files write them. Until Java 9, javac's {@code -source}/{@code
 * -target} spelled release N as {@code 1.N} ({@code 1.8} is release 8); the {@code release} option
 * and every later version use the plain number. This is the one place that knows it.
 */
public final class JavaRelease {

  private JavaRelease() {}

  /** {@code "1.8"} → {@code "8"}, {@code " 17 "} → {@code "17"}; other text comes back trimmed. */
  public static String normalize(String version) {
    String v = version.trim();
    return v.startsWith("1.") && v.length() > 2 ? v.substring(2) : v;
  }

  /**
   * The release as a number ({@code "1.8"} → 8), or null when the text is not one ({@code "${x}"},
   * {@code ""}).
   */
  public static Integer parse(String text) {
    if (text == null) return null;
    String v = normalize(text);
    if (!v.matches("\\d{1,3}")) return null;
    return Integer.valueOf(v);
  }
}
