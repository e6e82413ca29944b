package io.github.sockcheck.scan;

import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.core.engine.ScanInputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one scan needs, as a shell (Maven plugin, CLI, tests) gathered it: the project's
 * {@link ScanInputs} (handed to the engines) and how this scan runs. Build it with {@link
 * #builder(Path)}; lists are copied and never null.
 *
 * @param inputs what the scan reads (roots, classpath, build files, includes/excludes, threads)
 * @param ruleDirectories user rule directories, loaded after the built-in rules
 * @param enabledRules rule ids to run; empty means every rule
 * @param disabledRules rule ids not to run
 * @param engines the engines to run (names users write are read by {@link EngineNames}); empty
 *     means all
 * @param baseline a baseline file whose findings are marked suppressed ("unchanged"); null for none
 * @param includeSuppressed keep suppressed findings in the SARIF output (marked)
 * @param cacheDir the incremental cache directory (per-file facts of the source and bytecode
 *     engines, see {@link io.github.sockcheck.scan.cache.FactCacheStore}); null for none. Relative
 *     to the inputs' root
 * @param progress told about engine progress
 * @param sourceRoot the repository root SARIF URIs are relative to: the inputs' root or a directory
 *     above it (shells pass {@link RepositoryRoot#of}); null means the inputs' root
 * @param buffers unsaved editor contents by file (absolute paths): the scan reads these texts
 *     instead of the files on the disk (the language server); empty for a scan of the disk
 */
public record ScanRequest(
    ScanInputs inputs,
    List<Path> ruleDirectories,
    List<String> enabledRules,
    List<String> disabledRules,
    Set<EngineId> engines,
    Path baseline,
    boolean includeSuppressed,
    Path cacheDir,
    ProgressListener progress,
    Path sourceRoot,
    Map<Path, String> buffers) {

  public ScanRequest {
    Objects.requireNonNull(inputs, "inputs");
    ruleDirectories = List.copyOf(ruleDirectories);
    enabledRules = List.copyOf(enabledRules);
    disabledRules = List.copyOf(disabledRules);
    engines = Set.copyOf(engines);
    if (progress == null) progress = ProgressListener.NONE;
    if (sourceRoot == null) sourceRoot = inputs.root();
    Map<Path, String> copy = new LinkedHashMap<>();
    if (buffers != null) buffers.forEach((p, t) -> copy.put(p.toAbsolutePath().normalize(), t));
    buffers = Collections.unmodifiableMap(copy);
  }

  public static Builder builder(Path root) {
    return new Builder(root);
  }

  /** The repository root, the directory finding paths are relative to. */
  public Path root() {
    return inputs.root();
  }

  /**
   * Fluent builder: the input setters are {@link ScanInputs.Builder}'s. Plural setters ({@code
   * enabledRules(..)}) replace the list, the singular ones append.
   */
  public static final class Builder extends ScanInputs.Builder<Builder> {
    private final List<Path> ruleDirectories = new ArrayList<>();
    private final List<String> enabledRules = new ArrayList<>();
    private final List<String> disabledRules = new ArrayList<>();
    private final Set<EngineId> engines = new LinkedHashSet<>();
    private Path baseline;
    private boolean includeSuppressed;
    private Path cacheDir;
    private ProgressListener progress = ProgressListener.NONE;
    private Path sourceRoot;
    private final Map<Path, String> buffers = new LinkedHashMap<>();

    private Builder(Path root) {
      super(root);
      threads(Runtime.getRuntime().availableProcessors());
    }

    private <T> Builder replace(Collection<T> target, Collection<? extends T> values) {
      target.clear();
      target.addAll(values);
      return this;
    }

    public Builder ruleDirectories(Collection<Path> v) {
      return replace(ruleDirectories, v);
    }

    public Builder addRuleDirectory(Path v) {
      ruleDirectories.add(v);
      return this;
    }

    public Builder enabledRules(Collection<String> v) {
      return replace(enabledRules, v);
    }

    public Builder enableRule(String id) {
      enabledRules.add(id);
      return this;
    }

    public Builder disabledRules(Collection<String> v) {
      return replace(disabledRules, v);
    }

    public Builder disableRule(String id) {
      disabledRules.add(id);
      return this;
    }

    public Builder engines(Collection<EngineId> v) {
      return replace(engines, v);
    }

    public Builder engines(EngineId... v) {
      return engines(List.of(v));
    }

    public Builder baseline(Path v) {
      baseline = v;
      return this;
    }

    public Builder includeSuppressed(boolean v) {
      includeSuppressed = v;
      return this;
    }

    public Builder cacheDir(Path v) {
      cacheDir = v;
      return this;
    }

    public Builder progress(ProgressListener v) {
      progress = v;
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
          inputs(),
          ruleDirectories,
          enabledRules,
          disabledRules,
          engines,
          baseline,
          includeSuppressed,
          cacheDir,
          progress,
          sourceRoot,
          buffers);
    }
  }
}
