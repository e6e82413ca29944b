package io.github.sockcheck.maven;

import io.github.sockcheck.core.report.SarifMerger;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * One SARIF run for the whole reactor, so one upload covers the repository. Maven builds the top-level
 * project before its modules, so the module that finishes last merges every module's file into the
 * top-level project's SARIF file. Results are sorted, so a parallel build ({@code -T}) writes the same
 * bytes as a serial one.
 */
final class ReactorSarif {

  private static final String PLUGIN_KEY = "io.github.sockcheck:sockcheck-maven-plugin";
  // Keyed by the execution request: a parallel build (-T) gives each module thread its own clone of
  // the session, but they all share the one request.
  private static final Map<MavenExecutionRequest, Map<MavenProject, Path>> DONE = new IdentityHashMap<>();

  private ReactorSarif() {}

  static void moduleDone(MavenSession session, MavenProject project, Path root, Path sarif, Log log) {
    List<MavenProject> participants = participants(session);
    // Invoked from the command line without a declaration in the poms: every project runs it.
    if (!participants.contains(project)) participants = session.getProjects();
    if (participants.size() < 2) return;
    List<Path> files;
    synchronized (DONE) {
      Map<MavenProject, Path> done = DONE.computeIfAbsent(session.getRequest(), r -> new IdentityHashMap<>());
      done.put(project, sarif);
      if (!done.keySet().containsAll(participants)) return;
      files = new ArrayList<>();
      for (MavenProject p : participants) files.add(done.get(p));
      DONE.remove(session.getRequest());
    }
    MavenProject top = session.getTopLevelProject();
    int topIndex = participants.indexOf(top);
    Path merged = topIndex >= 0 ? files.get(topIndex)
        : Path.of(top.getBuild().getDirectory(), "sockcheck.sarif");
    try {
      SarifMerger.merge(files, "sockcheck/", merged);
      log.info("sockcheck: merged SARIF for " + files.size() + " modules written to " + merged);
    } catch (IOException e) {
      log.warn("sockcheck: cannot merge the reactor's SARIF files into " + merged + ": " + e.getMessage());
    }
  }

  /** The projects of this build that run sockcheck (declared in their build plugins). */
  private static List<MavenProject> participants(MavenSession session) {
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
