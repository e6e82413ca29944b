package io.github.sockcheck.scan.hardening;

/**
 * Set when {@link Canary} is initialised or constructed; kept apart so reading it does not load the
 * canary.
 */
public final class CanaryFlag {

  static volatile boolean touched;

  private CanaryFlag() {}
}
