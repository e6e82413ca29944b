package io.github.sockcheck.scan;

import io.github.sockcheck.core.engine.EngineSink;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ConfigFact;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.flow.TypeRef;
import io.github.sockcheck.core.rules.CallPattern;
import java.util.ArrayList;
import java.util.List;

/** Collects what the engines report, from any number of threads, in arrival order. */
final class CollectingSink implements EngineSink {

  private final List<CallSite> callSites = new ArrayList<>();
  private final List<Dependency> dependencies = new ArrayList<>();
  private final List<RuntimeFact> runtimes = new ArrayList<>();
  private final List<ConfigFact> configs = new ArrayList<>();
  private final List<Notification> notifications = new ArrayList<>();
  private final ProgressListener progress;

  CollectingSink(ProgressListener progress) {
    this.progress = progress;
  }

  @Override
  public synchronized void callSite(CallSite site) {
    callSites.add(site);
  }

  /**
   * A type reference joins the call sites as a site whose member is {@link CallPattern#TYPE_USE}:
   * no call rule names that member, and {@code code-uses: - type:} patterns match it (and calls on
   * the type).
   */
  @Override
  public synchronized void typeReference(String engine, TypeRef ref) {
    callSites.add(
        CallSite.builder(Language.JAVA, ref.type(), CallPattern.TYPE_USE)
            .location(ref.location())
            .engine(engine)
            .build());
  }

  @Override
  public synchronized void dependency(Dependency dependency) {
    dependencies.add(dependency);
  }

  @Override
  public synchronized void runtime(RuntimeFact runtime) {
    runtimes.add(runtime);
  }

  @Override
  public synchronized void config(ConfigFact config) {
    configs.add(config);
  }

  @Override
  public synchronized void notification(Notification notification) {
    notifications.add(notification);
  }

  @Override
  public void progress(String engine, int done, int total) {
    progress.progress(engine, done, total);
  }

  synchronized List<CallSite> callSites() {
    return List.copyOf(callSites);
  }

  synchronized List<Dependency> dependencies() {
    return List.copyOf(dependencies);
  }

  synchronized List<RuntimeFact> runtimes() {
    return List.copyOf(runtimes);
  }

  synchronized List<ConfigFact> configs() {
    return List.copyOf(configs);
  }

  synchronized List<Notification> notifications() {
    return List.copyOf(notifications);
  }
}
