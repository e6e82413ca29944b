package io.github.sockcheck.bytecode;

import io.github.sockcheck.core.engine.EngineSink;
import io.github.sockcheck.core.engine.ForwardingSink;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.flow.TypeRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Passes everything on and keeps the call sites, type references and notifications, for the result
 * cache.
 */
final class RecordingSink extends ForwardingSink {

  private final List<CallSite> sites = new ArrayList<>();
  private final List<Notification> notes = new ArrayList<>();
  private final List<TypeRef> refs = new ArrayList<>();
  private boolean failed;

  RecordingSink(EngineSink target) {
    super(target);
  }

  @Override
  public synchronized void callSite(CallSite site) {
    sites.add(site);
    super.callSite(site);
  }

  @Override
  public synchronized void notification(Notification notification) {
    // An engine-level error (the analysis failed) means the facts are incomplete: such a run is not
    // cached.
    if (notification.level() == Severity.ERROR) failed = true;
    notes.add(notification);
    super.notification(notification);
  }

  @Override
  public synchronized void typeReference(String engine, TypeRef reference) {
    refs.add(reference);
    super.typeReference(engine, reference);
  }

  synchronized List<CallSite> sites() {
    return List.copyOf(sites);
  }

  synchronized List<Notification> notes() {
    return List.copyOf(notes);
  }

  synchronized List<TypeRef> refs() {
    return List.copyOf(refs);
  }

  synchronized boolean failed() {
    return failed;
  }
}
