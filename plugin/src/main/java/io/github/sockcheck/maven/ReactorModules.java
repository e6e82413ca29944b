package io.github.sockcheck.maven;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;

/**
 * Collects one value per module of a reactor and hands them all over when the last module that runs
 * sockcheck is done, for the outputs that cover the whole reactor (merged SARIF, merged HTML).
 */
final class ReactorModules<T> {

  private static final String PLUGIN_KEY = "io.github.sockcheck:sockcheck-maven-plugin";

  // Keyed by the execution request: a parallel build (-T) gives each module thread its own clone of
  // the session, but they all share the one request.
  private final Map<MavenExecutionRequest, Map<MavenProject, T>> done = new IdentityHashMap<>();

  /**
   * The values of every module in reactor order, and the top-level project's value (null when it
   * does not run sockcheck).
   */
  record Completed<T>(List<T> values, T topLevel) {}

  /**
   * Records this module's value; returns every participant's value once this module completes the
   * set, else null.
   */
  Completed<T> moduleDone(MavenSession session, MavenProject project, T value) {
    List<MavenProject> participants = participants(session, project);
    if (participants.size() < 2) return null;
    synchronized (done) {
      Map<MavenProject, T> values =
          done.computeIfAbsent(session.getRequest(), r -> new IdentityHashMap<>());
      values.put(project, value);
      if (!values.keySet().containsAll(participants)) return null;
      List<T> all = new ArrayList<>();
      for (MavenProject p : participants) all.add(values.get(p));
      done.remove(session.getRequest());
      return new Completed<>(all, values.get(session.getTopLevelProject()));
    }
  }

  /**
   * The projects of this build that run sockcheck: those that declare it in their build plugins, or
   * every project when {@code project} runs it from the command line without a declaration.
   */
  static List<MavenProject> participants(MavenSession session, MavenProject project) {
    List<MavenProject> declared = declaring(session);
    return declared.contains(project) ? declared : session.getProjects();
  }

  private static List<MavenProject> declaring(MavenSession session) {
    List<MavenProject> projects = new ArrayList<>();
    for (MavenProject p : session.getProjects()) {
      for (Plugin plugin : p.getBuildPlugins()) {
        if (PLUGIN_KEY.equals(plugin.getKey())) {
          projects.add(p);
          break;
        }
      }
    }
    return projects;
  }
}
