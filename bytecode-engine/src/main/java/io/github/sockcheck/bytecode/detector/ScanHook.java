package io.github.sockcheck.bytecode.detector;

/**
 * The one place the in-process runner hands its {@link CallSiteListener} to the detector. SpotBugs
 * instantiates detectors itself, so a static is the only channel; the runner serializes analyses, so
 * there is at most one listener at a time. The detector class is loaded parent-first by SpotBugs'
 * plugin class loader, so runner and detector see the same static (a test verifies this).
 */
public final class ScanHook {

  private static volatile CallSiteListener current;

  private ScanHook() {}

  public static void install(CallSiteListener listener) {
    current = listener;
  }

  public static void clear() {
    current = null;
  }

  /** The listener of the running scan, or null in plugin mode. */
  public static CallSiteListener current() {
    return current;
  }
}
