package io.github.sockcheck.core.engine;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ConfigFact;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.flow.TypeRef;

/** Passes everything on to another sink; a subclass overrides what it wants to see on the way. */
public class ForwardingSink implements EngineSink {

  private final EngineSink target;

  public ForwardingSink(EngineSink target) {
    this.target = target;
  }

  @Override
  public void callSite(CallSite site) {
    target.callSite(site);
  }

  @Override
  public void typeReference(String engine, TypeRef reference) {
    target.typeReference(engine, reference);
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
  public void notification(Notification notification) {
    target.notification(notification);
  }

  @Override
  public void progress(String engine, int done, int total) {
    target.progress(engine, done, total);
  }
}
