package io.github.sockcheck.scan;

import java.util.Arrays;
import java.util.Optional;

/**
 * The configuration keys the shells share: each is a Maven plugin parameter (its name in {@code
 * <configuration>}, its user property {@code sockcheck.<name>}), the editor setting of the same
 * name the language server reads from its settings and from the pom, and where the CLI has it, a
 * command-line option. The names live in {@link Names}, as constants Maven's and picocli's
 * annotations can use; a plugin test fails when the plugin's parameters and this type disagree.
 */
public enum ConfigKey {
  SKIP(Names.SKIP, null, true),
  RULES_DIRECTORIES(Names.RULES_DIRECTORIES, Names.CLI_RULES, true),
  ENABLED_RULES(Names.ENABLED_RULES, Names.CLI_ENABLE, true),
  DISABLED_RULES(Names.DISABLED_RULES, Names.CLI_DISABLE, true),
  INCLUDES(Names.INCLUDES, null, true),
  EXCLUDES(Names.EXCLUDES, null, true),
  ENGINES(Names.ENGINES, Names.CLI_ENGINES, true),
  SCAN_DEPENDENCIES(Names.SCAN_DEPENDENCIES, null, true),
  INCLUDE_TESTS(Names.INCLUDE_TESTS, null, true),
  BASELINE(Names.BASELINE, Names.CLI_BASELINE, true),
  CACHE_DIR(Names.CACHE_DIR, Names.CLI_CACHE, true),
  SOURCE_ROOT(Names.SOURCE_ROOT, Names.CLI_SOURCE_ROOT, true),
  THREADS(Names.THREADS, Names.CLI_THREADS, true),
  FAIL_ON(Names.FAIL_ON, Names.CLI_FAIL_ON, true),
  SARIF_FILE(Names.SARIF_FILE, Names.CLI_SARIF, true),
  HTML_FILE(Names.HTML_FILE, Names.CLI_HTML, true),
  MODULE_SARIF_FILE(Names.MODULE_SARIF_FILE, null, true),
  CATEGORY(Names.CATEGORY, Names.CLI_CATEGORY, true),
  INCLUDE_SUPPRESSED(Names.INCLUDE_SUPPRESSED, Names.CLI_INCLUDE_SUPPRESSED, true),
  DRY_RUN(Names.DRY_RUN, Names.CLI_DRY_RUN, true),
  /** The compile classpath: Maven resolves it, the CLI and the editor are told. */
  CLASSPATH(Names.CLASSPATH, Names.CLI_CLASSPATH, false),
  /** The target release: Maven reads it from the compiler settings, the others are told. */
  JAVA_RELEASE(Names.JAVA_RELEASE, Names.CLI_JAVA_RELEASE, false),
  /** Which files the editor shows diagnostics of ({@code openFiles} or {@code workspace}). */
  DIAGNOSTICS(Names.DIAGNOSTICS, null, false);

  private final String key;
  private final String cliOption;
  private final boolean pluginParameter;

  ConfigKey(String key, String cliOption, boolean pluginParameter) {
    this.key = key;
    this.cliOption = cliOption;
    this.pluginParameter = pluginParameter;
  }

  /** The name: the plugin parameter's, the editor setting's. */
  public String key() {
    return key;
  }

  /** The user property that sets the plugin parameter on the command line ({@code -D…}). */
  public String property() {
    return Names.PROPERTY_PREFIX + key;
  }

  /** The CLI option ({@code --…}) that sets it, if the CLI has one. */
  public Optional<String> cliOption() {
    return Optional.ofNullable(cliOption);
  }

  /** Whether the Maven plugin has it as a parameter. */
  public boolean pluginParameter() {
    return pluginParameter;
  }

  /** The key named {@code name}, if there is one. */
  public static Optional<ConfigKey> named(String name) {
    return Arrays.stream(values()).filter(k -> k.key.equals(name)).findFirst();
  }

  /** The names as compile-time constants, for annotations ({@code @Parameter}, {@code @Option}). */
  public static final class Names {
    /** The prefix of the plugin's user properties. */
    public static final String PROPERTY_PREFIX = "sockcheck.";

    /** The baseline file the plugin reads and writes when none is configured. */
    public static final String DEFAULT_BASELINE_FILE = "sockcheck-baseline.json";

    /** The plugin's SARIF file in the build directory (the reactor's, in a multi-module build). */
    public static final String DEFAULT_SARIF_FILE = "sockcheck.sarif";

    /** The plugin's HTML report in the build directory (the reactor's, likewise). */
    public static final String DEFAULT_HTML_FILE = "sockcheck.html";

    /** Each module's own SARIF run in a multi-module build; not {@code .sarif}, see the plugin. */
    public static final String DEFAULT_MODULE_SARIF_FILE = "sockcheck-module.sarif.json";

    public static final String SKIP = "skip";
    public static final String RULES_DIRECTORIES = "rulesDirectories";
    public static final String ENABLED_RULES = "enabledRules";
    public static final String DISABLED_RULES = "disabledRules";
    public static final String INCLUDES = "includes";
    public static final String EXCLUDES = "excludes";
    public static final String ENGINES = "engines";
    public static final String SCAN_DEPENDENCIES = "scanDependencies";
    public static final String INCLUDE_TESTS = "includeTests";
    public static final String BASELINE = "baseline";
    public static final String CACHE_DIR = "cacheDir";
    public static final String SOURCE_ROOT = "sourceRoot";
    public static final String THREADS = "threads";
    public static final String FAIL_ON = "failOn";
    public static final String SARIF_FILE = "sarifFile";
    public static final String HTML_FILE = "htmlFile";
    public static final String MODULE_SARIF_FILE = "moduleSarifFile";
    public static final String CATEGORY = "category";
    public static final String INCLUDE_SUPPRESSED = "includeSuppressed";
    public static final String DRY_RUN = "dryRun";
    public static final String CLASSPATH = "classpath";
    public static final String JAVA_RELEASE = "javaRelease";
    public static final String DIAGNOSTICS = "diagnostics";

    public static final String CLI_RULES = "--rules";
    public static final String CLI_ENABLE = "--enable";
    public static final String CLI_DISABLE = "--disable";
    public static final String CLI_ENGINES = "--engines";
    public static final String CLI_BASELINE = "--baseline";
    public static final String CLI_CACHE = "--cache";
    public static final String CLI_SOURCE_ROOT = "--source-root";
    public static final String CLI_THREADS = "--threads";
    public static final String CLI_FAIL_ON = "--fail-on";
    public static final String CLI_SARIF = "--sarif";
    public static final String CLI_HTML = "--html";
    public static final String CLI_CATEGORY = "--category";
    public static final String CLI_INCLUDE_SUPPRESSED = "--include-suppressed";
    public static final String CLI_DRY_RUN = "--dry-run";
    public static final String CLI_CLASSPATH = "--classpath";
    public static final String CLI_JAVA_RELEASE = "--java-release";

    private Names() {}
  }
}
