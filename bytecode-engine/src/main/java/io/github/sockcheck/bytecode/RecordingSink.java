package io.github.sockcheck.bytecode;

import io.github.sockcheck.core.engine.EngineSink;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ConfigFact;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.Severity;
import java.util.ArrayList;
import java.util.List;

/** Passes everything on and keeps the call sites and notifications, for the result cache. */
final class RecordingSink implements EngineSink {

  private final EngineSink target;
  private final List<CallSite> sites = new ArrayList<>();
  private final List<Notification> notes = new ArrayList<>();
  private boolean failed;

  RecordingSink(EngineSink target) {
    this.target = target;
  }

  @Override
  public synchronized void callSite(CallSite site) {
    sites.add(site);
    target.callSite(site);
  }

  @Override
  public synchronized void notification(Notification notification) {
    // An engine-level error (the analysis failed) means the facts are incomplete: such a run is not
    // cached.
    if (notification.level() == Severity.ERROR) failed = true;
    notes.add(notification);
    target.notification(notification);
  }

  @Override
  public void dependency(Dependency dependency) {
    target.dependency(dependency);
  }

  @Override
  public void runtime(RuntimeFact runtime) {
    target.runtime(runtime);
  }

  @Override
  public void config(ConfigFact config) {
    target.config(config);
  }

  @Override
  public void progress(String engine, int done, int total) {
    target.progress(engine, done, total);
  }

  synchronized List<CallSite> sites() {
    return List.copyOf(sites);
  }

  synchronized List<Notification> notes() {
    return List.copyOf(notes);
  }

  synchronized boolean failed() {
    return failed;
  }
}
