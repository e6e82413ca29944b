package io.github.sockcheck.bytecode;

import io.github.sockcheck.core.engine.EngineSink;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ConfigFact;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.findings.Notification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An {@link EngineSink} that keeps everything, for tests. */
public final class CollectingSink implements EngineSink {

  public final List<CallSite> callSites = Collections.synchronizedList(new ArrayList<>());
  public final List<Notification> notifications = Collections.synchronizedList(new ArrayList<>());

  @Override
  public void callSite(CallSite site) {
    callSites.add(site);
  }

  @Override
  public void dependency(Dependency dependency) {}

  @Override
  public void runtime(RuntimeFact runtime) {}

  @Override
  public void config(ConfigFact config) {}

  @Override
  public void notification(Notification notification) {
    notifications.add(notification);
  }
}
