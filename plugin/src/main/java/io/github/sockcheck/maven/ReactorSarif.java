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
 * One SARIF run for the whole reactor, so one upload covers the repository. When more than one project
 * of the build runs sockcheck, each writes its own run to its {@code moduleSarifFile} (not named
 * {@code *.sarif}), and the module that finishes last merges them into the top-level project's
 * {@code sarifFile}: uploading a directory then finds exactly one sockcheck run, as GitHub requires of
 * one tool and category. Results are sorted, so a parallel build ({@code -T}) writes the same bytes as a
 * serial one.
 */
final class ReactorSarif {

  private static final String PLUGIN_KEY = "io.github.sockcheck:sockcheck-maven-plugin";
  // Keyed by the execution request: a parallel build (-T) gives each module thread its own clone of
  // the session, but they all share the one request.
  private static final Map<MavenExecutionRequest, Map<MavenProject, Files>> DONE = new IdentityHashMap<>();

  private record Files(Path own, Path sarifFile) {}

  private ReactorSarif() {}

  /** True when this build merges: the project writes its own run to its module file, not its sarifFile. */
  static boolean merges(MavenSession session, MavenProject project) {
    return participants(session, project).size() >= 2;
  }

  /**
   * Records that {@code project} wrote its run to {@code own}; the last one merges them all.
   *
   * @param sarifFile the project's configured SARIF file (the merged file when it is the top-level one)
   * @param automationId the merged run's {@code automationDetails.id}; null for none
   */
  static void moduleDone(MavenSession session, MavenProject project, Path own, Path sarifFile,
      String automationId, Log log) {
    List<MavenProject> participants = participants(session, project);
    if (participants.size() < 2) return;
    List<Path> files;
    Files top;
    synchronized (DONE) {
      Map<MavenProject, Files> done = DONE.computeIfAbsent(session.getRequest(), r -> new IdentityHashMap<>());
      done.put(project, new Files(own, sarifFile));
      if (!done.keySet().containsAll(participants)) return;
      files = new ArrayList<>();
      for (MavenProject p : participants) files.add(done.get(p).own());
      top = done.get(session.getTopLevelProject());
      DONE.remove(session.getRequest());
    }
    Path merged = top != null ? top.sarifFile()
        : Path.of(session.getTopLevelProject().getBuild().getDirectory(), "sockcheck.sarif");
    try {
      SarifMerger.merge(files, automationId, merged);
      log.info("sockcheck: merged SARIF for " + files.size() + " modules written to " + merged);
    } catch (IOException e) {
      log.warn("sockcheck: cannot merge the reactor's SARIF files into " + merged + ": " + e.getMessage());
    }
  }

  /**
   * The projects of this build that run sockcheck: those that declare it in their build plugins, or
   * every project when it was invoked from the command line without a declaration.
   */
  private static List<MavenProject> participants(MavenSession session, MavenProject project) {
    List<MavenProject> projects = new ArrayList<>();
    for (MavenProject p : session.getProjects()) {
      for (Plugin plugin : p.getBuildPlugins()) {
        if (PLUGIN_KEY.equals(plugin.getKey())) {
          projects.add(p);
          break;
        }
      }
    }
    return projects.contains(project) ? projects : session.getProjects();
  }
}
