package io.github.sockcheck.core.engine;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ConfigFact;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.findings.Notification;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every fact engines report, from any number of threads, in arrival order: the scan's sink,
 * and the one tests and small tools run an engine into.
 */
public class CollectingSink implements EngineSink {

  private final List<CallSite> callSites = new ArrayList<>();
  private final List<Dependency> dependencies = new ArrayList<>();
  private final List<RuntimeFact> runtimes = new ArrayList<>();
  private final List<ConfigFact> configs = new ArrayList<>();
  private final List<Notification> notifications = new ArrayList<>();

  @Override
  public synchronized void callSite(CallSite site) {
    callSites.add(site);
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

  public synchronized List<CallSite> callSites() {
    return List.copyOf(callSites);
  }

  public synchronized List<Dependency> dependencies() {
    return List.copyOf(dependencies);
  }

  public synchronized List<RuntimeFact> runtimes() {
    return List.copyOf(runtimes);
  }

  public synchronized List<ConfigFact> configs() {
    return List.copyOf(configs);
  }

  public synchronized List<Notification> notifications() {
    return List.copyOf(notifications);
  }
}
