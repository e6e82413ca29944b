package io.github.sockcheck.maven;

import static io.github.sockcheck.scan.ConfigKey.Names.CATEGORY;
import static io.github.sockcheck.scan.ConfigKey.Names.DEFAULT_HTML_FILE;
import static io.github.sockcheck.scan.ConfigKey.Names.DEFAULT_MODULE_SARIF_FILE;
import static io.github.sockcheck.scan.ConfigKey.Names.DEFAULT_SARIF_FILE;
import static io.github.sockcheck.scan.ConfigKey.Names.FAIL_ON;
import static io.github.sockcheck.scan.ConfigKey.Names.HTML_FILE;
import static io.github.sockcheck.scan.ConfigKey.Names.INCLUDE_SUPPRESSED;
import static io.github.sockcheck.scan.ConfigKey.Names.MODULE_SARIF_FILE;
import static io.github.sockcheck.scan.ConfigKey.Names.PROPERTY_PREFIX;
import static io.github.sockcheck.scan.ConfigKey.Names.SARIF_FILE;

import io.github.sockcheck.core.report.Report;
import io.github.sockcheck.scan.ConfigurationException;
import io.github.sockcheck.scan.ConsoleStyle;
import io.github.sockcheck.scan.FailOn;
import io.github.sockcheck.scan.ScanResult;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs sockcheck on the module: Java sources, compiled classes, resolved dependencies and Python
 * manifests. Writes SARIF, prints findings in the form IDEs link, and fails the build on findings
 * at or above {@code failOn}. In a multi-module build the top-level project's SARIF file covers the
 * reactor.
 */
@Mojo(
    name = "verify",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class VerifyMojo extends AbstractSockcheckMojo {

  /**
   * Fail the build on findings at or above this level: error, warning, note or none. @since 0.1.0
   */
  @Parameter(property = PROPERTY_PREFIX + FAIL_ON, defaultValue = "warning")
  private String failOn;

  /**
   * Where to write the SARIF report. In a build of several modules, the top-level project's file
   * holds the merged run of the whole reactor and each module writes its own run to {@code
   * moduleSarifFile}.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = PROPERTY_PREFIX + SARIF_FILE,
      defaultValue = "${project.build.directory}/" + DEFAULT_SARIF_FILE)
  private File sarifFile;

  /**
   * Where to write the HTML report: one self-contained page (no network access) for people. In a
   * multi-module build the top-level project's page covers the reactor. @since 0.1.0
   */
  @Parameter(
      property = PROPERTY_PREFIX + HTML_FILE,
      defaultValue = "${project.build.directory}/" + DEFAULT_HTML_FILE)
  private File htmlFile;

  /**
   * In a build of several modules, where each module writes its own run. Its name does not end in
   * {@code .sarif}, so uploading a directory to GitHub finds only the merged file: GitHub refuses
   * two runs of one tool and category in one upload.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = PROPERTY_PREFIX + MODULE_SARIF_FILE,
      defaultValue = "${project.build.directory}/" + DEFAULT_MODULE_SARIF_FILE)
  private File moduleSarifFile;

  /**
   * The GitHub code scanning category, written as {@code automationDetails.id} {@code <category>/}.
   * Unset (the default), the file has no id and the upload action's {@code category} input applies.
   *
   * @since 0.1.0
   */
  @Parameter(property = PROPERTY_PREFIX + CATEGORY)
  private String category;

  /**
   * Also write suppressed findings to SARIF (with {@code suppressions}); GitHub ignores that
   * field. @since 0.1.0
   */
  @Parameter(property = PROPERTY_PREFIX + INCLUDE_SUPPRESSED, defaultValue = "false")
  private boolean includeSuppressed;

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    FailOn threshold = threshold();
    ScanResult result = scan(true, includeSuppressed);
    boolean merged = ReactorSarif.merges(session, project);
    File own = merged ? moduleSarifFile : sarifFile;
    if (merged && own.getName().endsWith(".sarif")) {
      getLog()
          .warn(
              "sockcheck: moduleSarifFile "
                  + own
                  + " ends in .sarif: uploading a directory to GitHub"
                  + " would find it beside the merged file, and GitHub refuses two runs of one category");
    }
    String automationId = Report.automationIdFor(category);
    try {
      result.writeSarif(own.toPath(), automationId);
    } catch (IOException e) {
      throw new MojoExecutionException("sockcheck: cannot write " + own + ": " + e.getMessage(), e);
    }
    if (htmlFile != null) {
      try {
        result.writeHtml(htmlFile.toPath(), project.getName());
      } catch (IOException e) {
        throw new MojoExecutionException(
            "sockcheck: cannot write " + htmlFile + ": " + e.getMessage(), e);
      }
    }
    new ConsoleOutput(getLog()).print(result.consoleLines(ConsoleStyle.MAVEN), result.summary());
    getLog().info("sockcheck: SARIF written to " + own + (merged ? " (this module's run)" : ""));
    if (htmlFile != null) getLog().info("sockcheck: HTML report written to " + htmlFile);
    ReactorSarif.moduleDone(
        session, project, own.toPath(), sarifFile.toPath(), automationId, getLog());
    if (htmlFile != null) {
      ReactorHtml.moduleDone(
          session,
          project,
          new ReactorHtml.ModulePage(result.report(null), htmlFile.toPath(), includeSuppressed),
          getLog());
    }
    if (threshold.fails(result)) {
      throw new MojoFailureException(
          "sockcheck found problems at or above '"
              + threshold.value()
              + "' (see above and "
              + own
              + "). Fix them, suppress them with a reason, or record them with `mvn sockcheck:baseline`.");
    }
  }

  private FailOn threshold() throws MojoExecutionException {
    if (failOn == null) return FailOn.WARNING;
    try {
      return FailOn.parse(failOn, "failOn");
    } catch (ConfigurationException e) {
      throw new MojoExecutionException("sockcheck configuration error: " + e.getMessage(), e);
    }
  }
}
