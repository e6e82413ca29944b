package io.github.sockcheck.scan;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ConfigFact;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.match.ConditionEvaluator;
import io.github.sockcheck.core.match.ProjectFacts;
import io.github.sockcheck.core.match.RuntimeDecision;
import java.util.ArrayList;
import java.util.List;

/**
 * The target runtimes call rules see: each call site those of its own project (a Python service's
 * interpreter, a Maven project's release), decided by {@link RuntimeDecision} exactly as
 * combination rules decide; the request's Java release holds for every project.
 */
final class Runtimes {

  private final ProjectFacts projects;

  Runtimes(
      Integer javaRelease,
      List<Dependency> dependencies,
      List<RuntimeFact> facts,
      List<ConfigFact> configs) {
    List<RuntimeFact> all = new ArrayList<>(facts);
    boolean reported =
        facts.stream().anyMatch(f -> "java".equals(f.runtime()) && f.project() == null);
    if (javaRelease != null && !reported)
      all.add(new RuntimeFact("java", javaRelease.toString(), null, null));
    this.projects = new ProjectFacts(dependencies, all, configs);
  }

  /** Decides a call rule's runtime condition for one call site. */
  RuntimeDecision.Result test(String runtime, String range, CallSite site) {
    return RuntimeDecision.test(
        runtime, range, projects.runtimesAt(site.location().path(), runtime));
  }

  ConditionEvaluator.RuntimeLookup lookup() {
    return this::test;
  }
}
