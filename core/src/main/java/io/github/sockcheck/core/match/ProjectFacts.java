package io.github.sockcheck.core.match;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ConfigFact;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.RuntimeFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The facts of one scan split by project, so that facts never cross from one project to another: a
 * service's gunicorn worker says nothing about its neighbour's, a Maven project's Java release
 * nothing about the project beside it. A project is a directory relative to the scan root ({@code
 * ""} is the root); a fact with a null project (what a build tool resolved for the one module it
 * scans) belongs to every project. A code location belongs to the deepest project whose directory
 * holds it.
 */
public final class ProjectFacts {

  private final List<Dependency> dependencies;
  private final List<RuntimeFact> runtimes;
  private final List<ConfigFact> configs;
  private final TreeSet<String> keys = new TreeSet<>();

  public ProjectFacts(
      List<Dependency> dependencies, List<RuntimeFact> runtimes, List<ConfigFact> configs) {
    this.dependencies = List.copyOf(dependencies);
    this.runtimes = List.copyOf(runtimes);
    this.configs = List.copyOf(configs);
    keys.add("");
    dependencies.forEach(d -> add(d.project()));
    runtimes.forEach(r -> add(r.project()));
    configs.forEach(c -> add(c.project()));
  }

  private void add(String project) {
    if (project != null) keys.add(project);
  }

  /** Every project that has facts, and the root project {@code ""}, in order. */
  public List<String> projects() {
    return List.copyOf(keys);
  }

  /**
   * The deepest project whose directory holds {@code path} (repository-relative, forward slashes).
   */
  public String projectOf(String path) {
    // Walk up the path's directories: as many look-ups as the path is deep, whatever the number of
    // projects.
    for (String dir = path;
        !dir.isEmpty();
        dir = dir.substring(0, Math.max(0, dir.lastIndexOf('/')))) {
      if (keys.contains(dir)) return dir;
    }
    return "";
  }

  public List<Dependency> dependencies(String project) {
    return dependencies.stream().filter(d -> sees(project, d.project())).toList();
  }

  public List<ConfigFact> configs(String project) {
    return configs.stream().filter(c -> sees(project, c.project())).toList();
  }

  /** The project's own facts about {@code runtime}; the scan-wide ones when it has none. */
  public List<RuntimeFact> runtimes(String project, String runtime) {
    List<RuntimeFact> own =
        runtimes.stream()
            .filter(r -> r.runtime().equals(runtime) && Objects.equals(project, r.project()))
            .toList();
    if (!own.isEmpty()) return own;
    return runtimes.stream()
        .filter(r -> r.runtime().equals(runtime) && r.project() == null)
        .toList();
  }

  /** The runtime facts a code location sees: those of its project. */
  public List<RuntimeFact> runtimesAt(String path, String runtime) {
    return runtimes(projectOf(path), runtime);
  }

  /** The call sites of each project (a project without any has no entry). */
  public Map<String, List<CallSite>> sitesByProject(List<CallSite> sites) {
    Map<String, List<CallSite>> out = new HashMap<>();
    for (CallSite s : sites)
      out.computeIfAbsent(projectOf(s.location().path()), k -> new ArrayList<>()).add(s);
    return out;
  }

  private static boolean sees(String project, String factProject) {
    return factProject == null || factProject.equals(project);
  }
}
