package io.github.sockcheck.maven;

import io.github.sockcheck.core.report.Report;
import io.github.sockcheck.core.report.html.HtmlReportWriter;
import io.github.sockcheck.scan.ConfigKey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * One HTML page for the whole reactor, next to the merged SARIF: the module that finishes last
 * writes every module's findings into the top-level project's HTML file. Finding paths are relative
 * to the top-level directory in every module, so the reports merge as they are.
 */
final class ReactorHtml {

  /** What one module wrote. */
  record ModulePage(Report report, Path html, boolean includeSuppressed) {}

  private static final ReactorModules<ModulePage> MODULES = new ReactorModules<>();

  private ReactorHtml() {}

  static void moduleDone(MavenSession session, MavenProject project, ModulePage page, Log log) {
    ReactorModules.Completed<ModulePage> all = MODULES.moduleDone(session, project, page);
    if (all == null) return;
    MavenProject top = session.getTopLevelProject();
    Path merged =
        all.topLevel() != null
            ? all.topLevel().html()
            : Path.of(top.getBuild().getDirectory(), ConfigKey.Names.DEFAULT_HTML_FILE);
    List<Report> reports = all.values().stream().map(ModulePage::report).toList();
    HtmlReportWriter writer =
        page.includeSuppressed()
            ? HtmlReportWriter.includingSuppressed()
            : HtmlReportWriter.withoutSuppressed();
    try {
      writer.titled(top.getName()).write(Report.merge(reports, "sockcheck/"), merged);
      log.info("sockcheck: HTML report for " + reports.size() + " modules written to " + merged);
    } catch (IOException e) {
      log.warn(
          "sockcheck: cannot write the reactor's HTML report " + merged + ": " + e.getMessage());
    }
  }
}
