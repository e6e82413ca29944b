package io.github.sockcheck.maven;

import static io.github.sockcheck.scan.ConfigKey.Names.INCLUDE_SUPPRESSED;
import static io.github.sockcheck.scan.ConfigKey.Names.PROPERTY_PREFIX;

import io.github.sockcheck.scan.ScanResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The "sockcheck" page of the Maven site ({@code mvn site} with this plugin under {@code
 * <reporting>}): the same report as {@code target/sockcheck.html}, inside the site's skin. Run on
 * its own ({@code mvn sockcheck:report}) it writes the self-contained page to the site directory.
 *
 * <p>Implemented on {@code maven-reporting-api} alone, through {@link MavenMultiPageReport}, whose
 * {@code generate(Sink, SinkFactory, Locale)} is the same in reporting API 3.1.1 (maven-site-plugin
 * 3.12.x, Doxia 1) and 4.0.0 (maven-site-plugin 3.20+, Doxia 2): the site plugin hands the report
 * its own Sink, and only methods both Doxia lines share are called. maven-reporting-impl would tie
 * the plugin to one of the two site plugin lines. The bytecode rules need compiled classes: run
 * {@code mvn verify site} (or {@code compile site}) to include them.
 */
@Mojo(
    name = "report",
    defaultPhase = LifecyclePhase.SITE,
    requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class ReportMojo extends AbstractSockcheckMojo implements MavenMultiPageReport {

  static final String OUTPUT_NAME = "sockcheck";

  /** The site directory; the site plugin sets it when it runs the report. */
  @Parameter(
      defaultValue = "${project.reporting.outputDirectory}",
      readonly = true,
      required = true)
  private File outputDirectory;

  /** List suppressed findings in their own section, with the reason given. @since 0.1.0 */
  @Parameter(property = PROPERTY_PREFIX + INCLUDE_SUPPRESSED, defaultValue = "false")
  private boolean includeSuppressed;

  /** {@code mvn sockcheck:report}: the self-contained page, written to the site directory. */
  @Override
  protected void run() throws MojoExecutionException {
    Path page = outputDirectory.toPath().resolve(getOutputName() + ".html");
    try {
      scan(true, includeSuppressed).writeHtml(page, project.getName());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "sockcheck: cannot write " + page + ": " + e.getMessage(), e);
    }
    getLog().info("sockcheck: HTML report written to " + page);
  }

  /** Called by maven-site-plugin 3.12.x and 3.20+ alike. */
  @Override
  public void generate(Sink sink, SinkFactory sinkFactory, Locale locale)
      throws MavenReportException {
    String body;
    try {
      ScanResult result = scan(true, includeSuppressed);
      result.summary().forEach(getLog()::info);
      body = result.htmlFragment(project.getName());
    } catch (MojoExecutionException e) {
      throw new MavenReportException(e.getMessage(), e);
    }
    sink.head();
    sink.title();
    sink.text("sockcheck report");
    sink.title_();
    sink.head_();
    sink.body();
    // The fragment is escaped HTML made by the core reporter; the sink writes it as it is.
    sink.rawText(body);
    sink.body_();
    sink.flush();
    sink.close();
  }

  /**
   * Reporting API 4.0.0's single-page entry point; the site plugins call the multi-page one above.
   */
  @Override
  public void generate(Sink sink, Locale locale) throws MavenReportException {
    generate(sink, null, locale);
  }

  @Override
  public String getOutputName() {
    return OUTPUT_NAME;
  }

  @Override
  public String getCategoryName() {
    return CATEGORY_PROJECT_REPORTS;
  }

  @Override
  public String getName(Locale locale) {
    return "sockcheck";
  }

  @Override
  public String getDescription(Locale locale) {
    return "Sockets rebuilt from file descriptors or created raw without a family, type or protocol, and "
        + "library/runtime version combinations known to break, found by sockcheck.";
  }

  @Override
  public void setReportOutputDirectory(File directory) {
    this.outputDirectory = directory;
  }

  @Override
  public File getReportOutputDirectory() {
    return outputDirectory;
  }

  @Override
  public boolean isExternalReport() {
    return false;
  }

  @Override
  public boolean canGenerateReport() {
    return !skip;
  }
}
