package io.github.sockcheck.python;

import io.github.sockcheck.core.engine.EngineSink;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ConfigFact;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.findings.Notification;
import java.util.ArrayList;
import java.util.List;

/** Keeps every fact an engine reports, for assertions. */
final class RecordingSink implements EngineSink {
  final List<CallSite> calls = new ArrayList<>();
  final List<Dependency> dependencies = new ArrayList<>();
  final List<RuntimeFact> runtimes = new ArrayList<>();
  final List<ConfigFact> configs = new ArrayList<>();
  final List<Notification> notifications = new ArrayList<>();

  @Override
  public synchronized void callSite(CallSite site) {
    calls.add(site);
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

  Facts facts(java.nio.file.Path root) {
    return new Facts(root, this);
  }
}
