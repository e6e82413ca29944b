package io.github.sockcheck.bytecode.detector;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.rules.RulePack;

/**
 * Receives the call sites {@link SockcheckCallDetector} extracts while the in-process runner drives
 * SpotBugs (scan mode). Without a listener the detector matches the built-in rules itself and reports
 * SpotBugs bugs (plugin mode).
 */
public interface CallSiteListener {

  /** The rules whose call patterns decide which invocations are extracted. */
  RulePack rules();

  /** One call site; {@code location.path()} is {@code pkg/dir/SourceFile.java}, as the class file names it. */
  void callSite(CallSite site);
}
