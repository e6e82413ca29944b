package io.github.sockcheck.maven;

import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.scan.ConfigurationException;
import io.github.sockcheck.scan.EngineNames;
import io.github.sockcheck.scan.RepositoryRoot;
import io.github.sockcheck.scan.ScanRequest;
import io.github.sockcheck.scan.ScanResult;
import io.github.sockcheck.scan.Sockcheck;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Parameters and input gathering shared by {@code verify} and {@code baseline}. */
abstract class AbstractSockcheckMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  /** Skip sockcheck entirely. @since 0.1.0 */
  @Parameter(property = "sockcheck.skip", defaultValue = "false")
  protected boolean skip;

  /**
   * Directories with rule files of your own; they may override or disable built-in rules by
   * id. @since 0.1.0
   */
  @Parameter(property = "sockcheck.rulesDirectories")
  protected List<File> rulesDirectories = new ArrayList<>();

  /** Run only these rule ids (empty: all). An unknown id is an error. @since 0.1.0 */
  @Parameter(property = "sockcheck.enabledRules")
  protected List<String> enabledRules = new ArrayList<>();

  /** Do not run these rule ids. An unknown id is an error. @since 0.1.0 */
  @Parameter(property = "sockcheck.disabledRules")
  protected List<String> disabledRules = new ArrayList<>();

  /**
   * Globs (relative to the top-level directory) a file must match to be scanned (empty:
   * all). @since 0.1.0
   */
  @Parameter(property = "sockcheck.includes")
  protected List<String> includes = new ArrayList<>();

  /** Globs (relative to the top-level directory) of files not to scan. @since 0.1.0 */
  @Parameter(property = "sockcheck.excludes")
  protected List<String> excludes = new ArrayList<>();

  /** Engines to run: source, bytecode, combination, python (empty: all). @since 0.1.0 */
  @Parameter(property = "sockcheck.engines")
  protected List<String> engines = new ArrayList<>();

  /** Also analyse the dependency jars with the bytecode rules. @since 0.1.0 */
  @Parameter(property = "sockcheck.scanDependencies", defaultValue = "false")
  protected boolean scanDependencies;

  /** Also scan test sources, test classes and test-scoped dependencies. @since 0.1.0 */
  @Parameter(property = "sockcheck.includeTests", defaultValue = "false")
  protected boolean includeTests;

  /** The baseline file: findings recorded in it do not fail the build. @since 0.1.0 */
  @Parameter(
      property = "sockcheck.baseline",
      defaultValue = "${project.basedir}/sockcheck-baseline.json")
  protected File baseline;

  /**
   * A directory for per-file results, so a re-run analyses only what changed (off when unset). Keys
   * are relative to the top-level directory, so a CI cache restored on another machine stays valid.
   *
   * @since 0.1.0
   */
  @Parameter(property = "sockcheck.cacheDir")
  protected File cacheDir;

  /**
   * The repository root: SARIF URIs are relative to it, as GitHub code scanning resolves them
   * against the checkout. Default: the nearest directory with {@code .git} at or above the
   * top-level directory, else the top-level directory. It must contain the top-level directory.
   *
   * @since 0.1.0
   */
  @Parameter(property = "sockcheck.sourceRoot")
  protected File sourceRoot;

  /** Worker threads per module (default: the number of processors). @since 0.1.0 */
  @Parameter(property = "sockcheck.threads", defaultValue = "0")
  protected int threads;

  /** The top-level directory of the build: the scan root, finding paths are relative to it. */
  protected Path root() {
    MavenProject top = session.getTopLevelProject();
    return (top != null ? top.getBasedir() : project.getBasedir())
        .toPath()
        .toAbsolutePath()
        .normalize();
  }

  /** Scans this module. {@code useBaseline} false when the baseline itself is being written. */
  protected ScanResult scan(boolean useBaseline) throws MojoExecutionException {
    return scan(useBaseline, false);
  }

  /**
   * Scans this module; {@code includeSuppressed} keeps suppressed findings in SARIF and HTML
   * (marked).
   */
  protected ScanResult scan(boolean useBaseline, boolean includeSuppressed)
      throws MojoExecutionException {
    Path root = root();
    Set<EngineId> chosenEngines;
    try {
      chosenEngines = EngineNames.parse(engines);
    } catch (ConfigurationException e) {
      throw new MojoExecutionException(
          "sockcheck configuration error: engines: " + e.getMessage(), e);
    }
    ProjectInputs inputs = new ProjectInputs(project, root, includeTests, getLog());
    ScanRequest.Builder request =
        ScanRequest.builder(root)
            .sourceRoots(inputs.sourceRoots())
            .classRoots(inputs.classRoots())
            .classpath(inputs.classpath())
            .dependencies(inputs.dependencies())
            .buildFiles(inputs.buildFiles())
            .pythonRoots(inputs.pythonRoots())
            .javaRelease(inputs.javaRelease())
            .ruleDirectories(rulesDirectories.stream().map(File::toPath).toList())
            .enabledRules(enabledRules)
            .disabledRules(disabledRules)
            .engines(chosenEngines)
            .includes(includes)
            .excludes(excludes)
            .scanDependencies(scanDependencies)
            .includeSuppressed(includeSuppressed)
            .progress(new ProgressLogger(getLog()));
    request.sourceRoot(
        sourceRoot != null
            ? sourceRoot.toPath().toAbsolutePath().normalize()
            : RepositoryRoot.of(root));
    if (threads > 0) request.threads(threads);
    if (cacheDir != null) request.cacheDir(cacheDir.toPath());
    if (useBaseline && baseline != null && baseline.isFile()) request.baseline(baseline.toPath());
    try {
      return Sockcheck.scan(request.build());
    } catch (ConfigurationException e) {
      throw new MojoExecutionException("sockcheck configuration error: " + e.getMessage(), e);
    }
  }
}
