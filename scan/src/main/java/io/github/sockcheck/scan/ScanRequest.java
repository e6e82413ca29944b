package io.github.sockcheck.scan;

import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.core.facts.Dependency;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one scan needs, as a shell (Maven plugin, CLI, tests) gathered it. Build it with
 * {@link #builder(Path)}; lists are copied and never null.
 *
 * @param root the repository root; finding paths are relative to it
 * @param sourceRoots Java source roots (or single {@code .java} files)
 * @param classRoots class directories and jars of the project itself (bytecode engine input)
 * @param classpath the compile classpath, for type resolution
 * @param dependencies dependencies a build tool resolved (empty from the CLI)
 * @param buildFiles poms, dependency-list files, Python manifests and deployment files
 * @param pythonRoots directories whose {@code .py} files are scanned
 * @param javaRelease the target Java release when known, else null
 * @param ruleDirectories user rule directories, loaded after the built-in rules
 * @param enabledRules rule ids to run; empty means every rule
 * @param disabledRules rule ids not to run
 * @param engines the engines to run (names users write are read by {@link EngineNames}); empty
 *     means all
 * @param includes globs relative to root a file must match; empty means all
 * @param excludes globs relative to root a file must not match
 * @param scanDependencies also analyse dependency jars with the bytecode engine
 * @param baseline a baseline file whose findings are marked suppressed ("unchanged"); null for none
 * @param includeSuppressed keep suppressed findings in the SARIF output (marked)
 * @param threads worker threads the engines may use (at least 1)
 * @param cacheDir the incremental cache directory (per-file facts of the source and bytecode
 *     engines, see {@link io.github.sockcheck.scan.cache.FactCacheStore}); null for none. Relative
 *     to {@code root}
 * @param progress told about engine progress
 * @param sourceRoot the repository root SARIF URIs are relative to: {@code root} or a directory
 *     above it (shells pass {@link RepositoryRoot#of}); null means {@code root}
 * @param buffers unsaved editor contents by file (absolute paths): the scan reads these texts
 *     instead of the files on the disk (the language server); empty for a scan of the disk
 */
public record ScanRequest(
    Path root,
    List<Path> sourceRoots,
    List<Path> classRoots,
    List<Path> classpath,
    List<Dependency> dependencies,
    List<Path> buildFiles,
    List<Path> pythonRoots,
    Integer javaRelease,
    List<Path> ruleDirectories,
    List<String> enabledRules,
    List<String> disabledRules,
    Set<EngineId> engines,
    List<String> includes,
    List<String> excludes,
    boolean scanDependencies,
    Path baseline,
    boolean includeSuppressed,
    int threads,
    Path cacheDir,
    ProgressListener progress,
    Path sourceRoot,
    Map<Path, String> buffers) {

  public ScanRequest {
    Objects.requireNonNull(root, "root");
    sourceRoots = List.copyOf(sourceRoots);
    classRoots = List.copyOf(classRoots);
    classpath = List.copyOf(classpath);
    dependencies = List.copyOf(dependencies);
    buildFiles = List.copyOf(buildFiles);
    pythonRoots = List.copyOf(pythonRoots);
    ruleDirectories = List.copyOf(ruleDirectories);
    enabledRules = List.copyOf(enabledRules);
    disabledRules = List.copyOf(disabledRules);
    engines = Set.copyOf(engines);
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    if (threads < 1) threads = 1;
    if (progress == null) progress = ProgressListener.NONE;
    if (sourceRoot == null) sourceRoot = root;
    Map<Path, String> copy = new LinkedHashMap<>();
    if (buffers != null) buffers.forEach((p, t) -> copy.put(p.toAbsolutePath().normalize(), t));
    buffers = java.util.Collections.unmodifiableMap(copy);
  }

  public static Builder builder(Path root) {
    return new Builder(root);
  }

  /** A builder holding this request's values, to derive a variant. */
  public Builder toBuilder() {
    Builder b = new Builder(root);
    b.sourceRoots.addAll(sourceRoots);
    b.classRoots.addAll(classRoots);
    b.classpath.addAll(classpath);
    b.dependencies.addAll(dependencies);
    b.buildFiles.addAll(buildFiles);
    b.pythonRoots.addAll(pythonRoots);
    b.javaRelease = javaRelease;
    b.ruleDirectories.addAll(ruleDirectories);
    b.enabledRules.addAll(enabledRules);
    b.disabledRules.addAll(disabledRules);
    b.engines.addAll(engines);
    b.includes.addAll(includes);
    b.excludes.addAll(excludes);
    b.scanDependencies = scanDependencies;
    b.baseline = baseline;
    b.includeSuppressed = includeSuppressed;
    b.threads = threads;
    b.cacheDir = cacheDir;
    b.progress = progress;
    b.sourceRoot = sourceRoot;
    b.buffers.putAll(buffers);
    return b;
  }

  /**
   * Fluent builder. Plural setters ({@code sourceRoots(..)}) replace the list, {@code add…} methods
   * append.
   */
  public static final class Builder {
    private final Path root;
    private final List<Path> sourceRoots = new ArrayList<>();
    private final List<Path> classRoots = new ArrayList<>();
    private final List<Path> classpath = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    private final List<Path> buildFiles = new ArrayList<>();
    private final List<Path> pythonRoots = new ArrayList<>();
    private Integer javaRelease;
    private final List<Path> ruleDirectories = new ArrayList<>();
    private final List<String> enabledRules = new ArrayList<>();
    private final List<String> disabledRules = new ArrayList<>();
    private final Set<EngineId> engines = new LinkedHashSet<>();
    private final List<String> includes = new ArrayList<>();
    private final List<String> excludes = new ArrayList<>();
    private boolean scanDependencies;
    private Path baseline;
    private boolean includeSuppressed;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Path cacheDir;
    private ProgressListener progress = ProgressListener.NONE;
    private Path sourceRoot;
    private final Map<Path, String> buffers = new LinkedHashMap<>();

    private Builder(Path root) {
      this.root = Objects.requireNonNull(root, "root");
    }

    private static <T> Builder replace(Builder b, List<T> list, Collection<? extends T> values) {
      list.clear();
      list.addAll(values);
      return b;
    }

    public Builder sourceRoots(Collection<Path> v) {
      return replace(this, sourceRoots, v);
    }

    public Builder addSourceRoot(Path v) {
      sourceRoots.add(v);
      return this;
    }

    public Builder classRoots(Collection<Path> v) {
      return replace(this, classRoots, v);
    }

    public Builder addClassRoot(Path v) {
      classRoots.add(v);
      return this;
    }

    public Builder classpath(Collection<Path> v) {
      return replace(this, classpath, v);
    }

    public Builder addClasspath(Path v) {
      classpath.add(v);
      return this;
    }

    public Builder dependencies(Collection<Dependency> v) {
      return replace(this, dependencies, v);
    }

    public Builder addDependency(Dependency v) {
      dependencies.add(v);
      return this;
    }

    public Builder buildFiles(Collection<Path> v) {
      return replace(this, buildFiles, v);
    }

    public Builder addBuildFile(Path v) {
      buildFiles.add(v);
      return this;
    }

    public Builder pythonRoots(Collection<Path> v) {
      return replace(this, pythonRoots, v);
    }

    public Builder addPythonRoot(Path v) {
      pythonRoots.add(v);
      return this;
    }

    public Builder javaRelease(Integer v) {
      javaRelease = v;
      return this;
    }

    public Builder ruleDirectories(Collection<Path> v) {
      return replace(this, ruleDirectories, v);
    }

    public Builder addRuleDirectory(Path v) {
      ruleDirectories.add(v);
      return this;
    }

    public Builder enabledRules(Collection<String> v) {
      return replace(this, enabledRules, v);
    }

    public Builder enableRule(String id) {
      enabledRules.add(id);
      return this;
    }

    public Builder disabledRules(Collection<String> v) {
      return replace(this, disabledRules, v);
    }

    public Builder disableRule(String id) {
      disabledRules.add(id);
      return this;
    }

    public Builder engines(Collection<EngineId> v) {
      engines.clear();
      engines.addAll(v);
      return this;
    }

    public Builder engines(EngineId... v) {
      return engines(List.of(v));
    }

    public Builder includes(Collection<String> v) {
      return replace(this, includes, v);
    }

    public Builder excludes(Collection<String> v) {
      return replace(this, excludes, v);
    }

    public Builder scanDependencies(boolean v) {
      scanDependencies = v;
      return this;
    }

    public Builder baseline(Path v) {
      baseline = v;
      return this;
    }

    public Builder includeSuppressed(boolean v) {
      includeSuppressed = v;
      return this;
    }

    public Builder threads(int v) {
      threads = v;
      return this;
    }

    public Builder cacheDir(Path v) {
      cacheDir = v;
      return this;
    }

    public Builder progress(ProgressListener v) {
      progress = v == null ? ProgressListener.NONE : v;
      return this;
    }

    public Builder sourceRoot(Path v) {
      sourceRoot = v;
      return this;
    }

    /** Replaces the unsaved buffers: file (absolute) → text the scan reads instead of the disk. */
    public Builder buffers(Map<Path, String> v) {
      buffers.clear();
      buffers.putAll(v);
      return this;
    }

    public ScanRequest build() {
      return new ScanRequest(
          root,
          sourceRoots,
          classRoots,
          classpath,
          dependencies,
          buildFiles,
          pythonRoots,
          javaRelease,
          ruleDirectories,
          enabledRules,
          disabledRules,
          engines,
          includes,
          excludes,
          scanDependencies,
          baseline,
          includeSuppressed,
          threads,
          cacheDir,
          progress,
          sourceRoot,
          buffers);
    }
  }
}
