package io.github.sockcheck.scan.hardening;

/**
 * Named by global tags in the hostile YAML cases ({@code
 * !!io.github.sockcheck.scan.hardening.Canary}). An unsafe YAML loader would initialise and
 * construct it; the tests check {@link #touched} stays false. Tests must read {@link CanaryFlag},
 * never this class, or they would initialise it themselves.
 */
public final class Canary {

  static {
    CanaryFlag.touched = true;
  }

  public Canary() {
    CanaryFlag.touched = true;
  }

  public Canary(String value) {
    CanaryFlag.touched = true;
  }

  public Canary(java.util.List<?> values) {
    CanaryFlag.touched = true;
  }

  /** Never read by the tests; keeps the javadoc link above honest. */
  static boolean touched() {
    return CanaryFlag.touched;
  }
}
