package io.github.sockcheck.combination;

import io.github.sockcheck.core.engine.EngineSink;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ConfigFact;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.findings.Notification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A thread-safe sink that keeps everything an engine reports, for tests and small tools. */
public final class CollectingSink implements EngineSink {

  public final List<CallSite> callSites = Collections.synchronizedList(new ArrayList<>());
  public final List<Dependency> dependencies = Collections.synchronizedList(new ArrayList<>());
  public final List<RuntimeFact> runtimes = Collections.synchronizedList(new ArrayList<>());
  public final List<ConfigFact> configs = Collections.synchronizedList(new ArrayList<>());
  public final List<Notification> notifications = Collections.synchronizedList(new ArrayList<>());

  @Override
  public void callSite(CallSite site) {
    callSites.add(site);
  }

  @Override
  public void dependency(Dependency dependency) {
    dependencies.add(dependency);
  }

  @Override
  public void runtime(RuntimeFact runtime) {
    runtimes.add(runtime);
  }

  @Override
  public void config(ConfigFact config) {
    configs.add(config);
  }

  @Override
  public void notification(Notification notification) {
    notifications.add(notification);
  }
}
