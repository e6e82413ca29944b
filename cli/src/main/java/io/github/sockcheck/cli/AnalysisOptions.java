package io.github.sockcheck.cli;

import io.github.sockcheck.scan.ConfigKey;
import io.github.sockcheck.scan.ConfigurationException;
import io.github.sockcheck.scan.InputClassifier;
import io.github.sockcheck.scan.RepositoryRoot;
import io.github.sockcheck.scan.ScanRequest;
import io.github.sockcheck.scan.ScanResult;
import io.github.sockcheck.scan.Sockcheck;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options {@code scan} and {@code fix} share: how the code is analysed. */
final class AnalysisOptions {

  @Option(
      names = {ConfigKey.Names.CLI_CLASSPATH, "-cp"},
      paramLabel = "CP",
      description =
          "Compile classpath for type resolution (entries separated by '${sys:path.separator}';"
              + " repeatable).")
  List<String> classpath = new ArrayList<>();

  @Option(
      names = ConfigKey.Names.CLI_JAVA_RELEASE,
      paramLabel = "N",
      converter = OptionConverters.PositiveInt.class,
      description = "The Java release the code targets (for version-dependent rules).")
  Integer javaRelease;

  @Option(
      names = ConfigKey.Names.CLI_BASELINE,
      paramLabel = "FILE",
      description =
          "Findings listed in this baseline file are accepted: reported as unchanged, not failed"
              + " on.")
  Path baseline;

  @Option(
      names = ConfigKey.Names.CLI_THREADS,
      paramLabel = "N",
      converter = OptionConverters.PositiveInt.class,
      description = "Worker threads (default: the number of processors).")
  Integer threads;

  @Option(
      names = ConfigKey.Names.CLI_CACHE,
      paramLabel = "DIR",
      description =
          "Keep per-file results in DIR and re-analyse only changed files (and files that resolve"
              + " names against them) on the next scan; a cache made by another version, rule set"
              + " or classpath is rebuilt. Paths inside are relative to the root, so a CI cache"
              + " restored elsewhere stays valid.")
  Path cacheDir;

  /** The classpath entries, each option value split at the platform's path separator. */
  List<Path> classpathEntries() {
    List<Path> entries = new ArrayList<>();
    for (String value : classpath)
      for (String entry : value.split(File.pathSeparator))
        if (!entry.isBlank()) entries.add(Path.of(entry));
    return entries;
  }

  /**
   * The scan {@code scan} and {@code fix} share: {@code paths} (default: the root) classified, the
   * options applied.
   */
  ScanResult scan(
      RuleOptions rules,
      List<Path> paths,
      boolean includeSuppressed,
      Path sourceRoot,
      CliCommand.Io io)
      throws ConfigurationException, UsageException, IOException {
    Path root = rules.displayRoot().toAbsolutePath().normalize();
    if (!Files.isDirectory(root))
      throw new UsageException("--root " + rules.root + " is not a directory");
    InputClassifier.Inputs inputs;
    try {
      inputs = InputClassifier.classify(paths.isEmpty() ? List.of(root) : paths);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    ScanRequest.Builder builder = inputs.addTo(rules.request(root));
    builder
        .classpath(classpathEntries())
        .javaRelease(javaRelease)
        .baseline(baseline)
        .includeSuppressed(includeSuppressed);
    if (threads != null) builder.threads(threads);
    if (cacheDir != null) builder.cacheDir(cacheDir.toAbsolutePath().normalize());
    builder.sourceRoot(
        sourceRoot != null ? sourceRoot.toAbsolutePath().normalize() : RepositoryRoot.of(root));
    ProgressLine progress = io.interactive() ? new ProgressLine(io.err()) : null;
    if (progress != null) builder.progress(progress);
    try {
      return Sockcheck.scan(builder.build());
    } finally {
      if (progress != null) progress.clear();
    }
  }
}
