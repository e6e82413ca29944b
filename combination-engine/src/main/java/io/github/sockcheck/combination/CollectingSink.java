package io.github.sockcheck.combination;

import io.github.sockcheck.core.engine.EngineSink;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ConfigFact;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.match.CombinationMatcher;
import io.github.sockcheck.core.rules.RulePack;
import io.github.sockcheck.core.versions.VersionScheme;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A thread-safe sink that keeps everything, plus the matching step the scan would run, so tests and
 * small tools can go from a {@link io.github.sockcheck.core.engine.ScanContext} to combination findings.
 */
public final class CollectingSink implements EngineSink {

  public final List<CallSite> callSites = Collections.synchronizedList(new ArrayList<>());
  public final List<Dependency> dependencies = Collections.synchronizedList(new ArrayList<>());
  public final List<RuntimeFact> runtimes = Collections.synchronizedList(new ArrayList<>());
  public final List<ConfigFact> configs = Collections.synchronizedList(new ArrayList<>());
  public final List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
  public final List<Notification> notifications = Collections.synchronizedList(new ArrayList<>());

  @Override public void callSite(CallSite site) { callSites.add(site); }
  @Override public void dependency(Dependency dependency) { dependencies.add(dependency); }
  @Override public void runtime(RuntimeFact runtime) { runtimes.add(runtime); }
  @Override public void config(ConfigFact config) { configs.add(config); }
  @Override public void finding(Finding finding) { findings.add(finding); }
  @Override public void notification(Notification notification) { notifications.add(notification); }

  /** Runs {@link CombinationMatcher} over what was collected (plus {@code extraSites}, e.g. from another engine). */
  public List<Finding> matchCombinations(RulePack rules, Map<String, VersionScheme> schemes, List<CallSite> extraSites) {
    List<CallSite> sites = new ArrayList<>(callSites);
    sites.addAll(extraSites);
    return new CombinationMatcher(rules, schemes).match(List.copyOf(dependencies), List.copyOf(runtimes), List.copyOf(configs), sites);
  }
}
