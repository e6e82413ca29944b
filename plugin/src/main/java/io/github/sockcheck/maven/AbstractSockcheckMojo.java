package io.github.sockcheck.maven;

import static io.github.sockcheck.scan.ConfigKey.Names.BASELINE;
import static io.github.sockcheck.scan.ConfigKey.Names.CACHE_DIR;
import static io.github.sockcheck.scan.ConfigKey.Names.DEFAULT_BASELINE_FILE;
import static io.github.sockcheck.scan.ConfigKey.Names.DISABLED_RULES;
import static io.github.sockcheck.scan.ConfigKey.Names.ENABLED_RULES;
import static io.github.sockcheck.scan.ConfigKey.Names.ENGINES;
import static io.github.sockcheck.scan.ConfigKey.Names.EXCLUDES;
import static io.github.sockcheck.scan.ConfigKey.Names.INCLUDES;
import static io.github.sockcheck.scan.ConfigKey.Names.INCLUDE_TESTS;
import static io.github.sockcheck.scan.ConfigKey.Names.PROPERTY_PREFIX;
import static io.github.sockcheck.scan.ConfigKey.Names.RULES_DIRECTORIES;
import static io.github.sockcheck.scan.ConfigKey.Names.SCAN_DEPENDENCIES;
import static io.github.sockcheck.scan.ConfigKey.Names.SKIP;
import static io.github.sockcheck.scan.ConfigKey.Names.SOURCE_ROOT;
import static io.github.sockcheck.scan.ConfigKey.Names.THREADS;

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
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Parameters and input gathering shared by {@code verify} and {@code baseline}. */
abstract class AbstractSockcheckMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  /** Skip sockcheck entirely. @since 0.1.0 */
  @Parameter(property = PROPERTY_PREFIX + SKIP, defaultValue = "false")
  protected boolean skip;

  /**
   * Directories with rule files of your own; they may override or disable built-in rules by
   * id. @since 0.1.0
   */
  @Parameter(property = PROPERTY_PREFIX + RULES_DIRECTORIES)
  protected List<File> rulesDirectories = new ArrayList<>();

  /** Run only these rule ids (empty: all). An unknown id is an error. @since 0.1.0 */
  @Parameter(property = PROPERTY_PREFIX + ENABLED_RULES)
  protected List<String> enabledRules = new ArrayList<>();

  /** Do not run these rule ids. An unknown id is an error. @since 0.1.0 */
  @Parameter(property = PROPERTY_PREFIX + DISABLED_RULES)
  protected List<String> disabledRules = new ArrayList<>();

  /**
   * Globs (relative to the top-level directory) a file must match to be scanned (empty:
   * all). @since 0.1.0
   */
  @Parameter(property = PROPERTY_PREFIX + INCLUDES)
  protected List<String> includes = new ArrayList<>();

  /** Globs (relative to the top-level directory) of files not to scan. @since 0.1.0 */
  @Parameter(property = PROPERTY_PREFIX + EXCLUDES)
  protected List<String> excludes = new ArrayList<>();

  /** Engines to run: source, bytecode, combination, python (empty: all). @since 0.1.0 */
  @Parameter(property = PROPERTY_PREFIX + ENGINES)
  protected List<String> engines = new ArrayList<>();

  /** Also analyse the dependency jars with the bytecode rules. @since 0.1.0 */
  @Parameter(property = PROPERTY_PREFIX + SCAN_DEPENDENCIES, defaultValue = "false")
  protected boolean scanDependencies;

  /** Also scan test sources, test classes and test-scoped dependencies. @since 0.1.0 */
  @Parameter(property = PROPERTY_PREFIX + INCLUDE_TESTS, defaultValue = "false")
  protected boolean includeTests;

  /** The baseline file: findings recorded in it do not fail the build. @since 0.1.0 */
  @Parameter(
      property = PROPERTY_PREFIX + BASELINE,
      defaultValue = "${project.basedir}/" + DEFAULT_BASELINE_FILE)
  protected File baseline;

  /**
   * A directory for per-file results, so a re-run analyses only what changed (off when unset). Keys
   * are relative to the top-level directory, so a CI cache restored on another machine stays valid.
   *
   * @since 0.1.0
   */
  @Parameter(property = PROPERTY_PREFIX + CACHE_DIR)
  protected File cacheDir;

  /**
   * The repository root: SARIF URIs are relative to it, as GitHub code scanning resolves them
   * against the checkout. Default: the nearest directory with {@code .git} at or above the
   * top-level directory, else the top-level directory. It must contain the top-level directory.
   *
   * @since 0.1.0
   */
  @Parameter(property = PROPERTY_PREFIX + SOURCE_ROOT)
  protected File sourceRoot;

  /** Worker threads per module (default: the number of processors). @since 0.1.0 */
  @Parameter(property = PROPERTY_PREFIX + THREADS, defaultValue = "0")
  protected int threads;

  /** Runs the goal, unless {@code skip} is set. */
  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("sockcheck: skipped");
      return;
    }
    run();
  }

  /** The goal itself. */
  protected abstract void run() throws MojoExecutionException, MojoFailureException;

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
