package io.github.sockcheck.maven;

import io.github.sockcheck.core.report.SarifMerger;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * One SARIF run for the whole reactor, so one upload covers the repository. Maven builds the top-level
 * project before its modules, so the module that finishes last merges every module's file into the
 * top-level project's SARIF file. Results are sorted, so a parallel build ({@code -T}) writes the same
 * bytes as a serial one.
 */
final class ReactorSarif {

  private static final ReactorModules<Path> MODULES = new ReactorModules<>();

  private ReactorSarif() {}

  static void moduleDone(MavenSession session, MavenProject project, Path root, Path sarif, Log log) {
    ReactorModules.Completed<Path> all = MODULES.moduleDone(session, project, sarif);
    if (all == null) return;
    MavenProject top = session.getTopLevelProject();
    Path merged = all.topLevel() != null ? all.topLevel() : Path.of(top.getBuild().getDirectory(), "sockcheck.sarif");
    try {
      SarifMerger.merge(all.values(), "sockcheck/", merged);
      log.info("sockcheck: merged SARIF for " + all.values().size() + " modules written to " + merged);
    } catch (IOException e) {
      log.warn("sockcheck: cannot merge the reactor's SARIF files into " + merged + ": " + e.getMessage());
    }
  }
}
