package io.github.sockcheck.maven;

import io.github.sockcheck.core.report.SarifMerger;
import io.github.sockcheck.scan.ConfigKey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * One SARIF run for the whole reactor, so one upload covers the repository. When more than one
 * project of the build runs sockcheck, each writes its own run to its {@code moduleSarifFile} (not
 * named {@code *.sarif}), and the module that finishes last merges them into the top-level
 * project's {@code sarifFile}: uploading a directory then finds exactly one sockcheck run, as
 * GitHub requires of one tool and category. Results are sorted, so a parallel build ({@code -T})
 * writes the same bytes as a serial one.
 */
final class ReactorSarif {

  /**
   * What one module wrote, and where its configured SARIF file is (the merged file for the top
   * level).
   */
  private record Files(Path own, Path sarifFile) {}

  private static final ReactorModules<Files> MODULES = new ReactorModules<>();

  private ReactorSarif() {}

  /**
   * True when this build merges: the project writes its own run to its module file, not its
   * sarifFile.
   */
  static boolean merges(MavenSession session, MavenProject project) {
    return ReactorModules.participants(session, project).size() >= 2;
  }

  /**
   * Records that {@code project} wrote its run to {@code own}; the last one merges them all.
   *
   * @param sarifFile the project's configured SARIF file (the merged file when it is the top-level
   *     one)
   * @param automationId the merged run's {@code automationDetails.id}; null for none
   */
  static void moduleDone(
      MavenSession session,
      MavenProject project,
      Path own,
      Path sarifFile,
      String automationId,
      Log log) {
    ReactorModules.Completed<Files> all =
        MODULES.moduleDone(session, project, new Files(own, sarifFile));
    if (all == null) return;
    List<Path> files = all.values().stream().map(Files::own).toList();
    Path merged =
        all.topLevel() != null
            ? all.topLevel().sarifFile()
            : Path.of(
                session.getTopLevelProject().getBuild().getDirectory(),
                ConfigKey.Names.DEFAULT_SARIF_FILE);
    try {
      SarifMerger.merge(files, automationId, merged);
      log.info("sockcheck: merged SARIF for " + files.size() + " modules written to " + merged);
    } catch (IOException e) {
      log.warn(
          "sockcheck: cannot merge the reactor's SARIF files into "
              + merged
              + ": "
              + e.getMessage());
    }
  }
}
