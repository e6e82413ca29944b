package io.github.sockcheck.core.engine;

import io.github.sockcheck.core.facts.Dependency;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What a scan reads, as a shell (Maven plugin, CLI, language server, tests) found it: the one
 * description of a project's inputs that the scan request carries and the engines receive in their
 * {@link ScanContext}. Lists are copied and never null.
 *
 * @param root the repository (top-level project) directory; finding paths are relative to it
 * @param sourceRoots Java source roots or single {@code .java} files
 * @param classRoots class directories and jars of the project itself (bytecode engine input)
 * @param classpath the compile classpath (jars and directories) used for type resolution
 * @param dependencies resolved dependencies, when a build tool resolved them (empty from the CLI)
 * @param buildFiles pom.xml files, dependency-list files, Python manifests and deployment files
 * @param pythonRoots directories whose {@code .py} files are scanned
 * @param javaRelease the target release if the shell knows it, else null
 * @param scanDependencies also analyse dependency jars with the bytecode engine
 * @param threads worker threads an engine may use (at least 1)
 * @param includes glob patterns (relative to root) a file must match, empty for all
 * @param excludes glob patterns a file must not match
 */
public record ScanInputs(
    Path root,
    List<Path> sourceRoots,
    List<Path> classRoots,
    List<Path> classpath,
    List<Dependency> dependencies,
    List<Path> buildFiles,
    List<Path> pythonRoots,
    Integer javaRelease,
    boolean scanDependencies,
    int threads,
    List<String> includes,
    List<String> excludes) {

  public ScanInputs {
    Objects.requireNonNull(root, "root");
    sourceRoots = List.copyOf(sourceRoots);
    classRoots = List.copyOf(classRoots);
    classpath = List.copyOf(classpath);
    dependencies = List.copyOf(dependencies);
    buildFiles = List.copyOf(buildFiles);
    pythonRoots = List.copyOf(pythonRoots);
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    if (threads < 1) threads = 1;
  }

  /** A builder of inputs below {@code root}; every list starts empty, one thread. */
  public static Builder<?> builder(Path root) {
    return new Builder<>(root);
  }

  /** These inputs with an absolute, normalized root and every path resolved against it. */
  public ScanInputs absolute() {
    Path base = root.toAbsolutePath().normalize();
    return builder(base)
        .sourceRoots(resolve(base, sourceRoots))
        .classRoots(resolve(base, classRoots))
        .classpath(resolve(base, classpath))
        .dependencies(dependencies)
        .buildFiles(resolve(base, buildFiles))
        .pythonRoots(resolve(base, pythonRoots))
        .javaRelease(javaRelease)
        .scanDependencies(scanDependencies)
        .threads(threads)
        .includes(includes)
        .excludes(excludes)
        .inputs();
  }

  private static List<Path> resolve(Path base, List<Path> paths) {
    return paths.stream().map(p -> base.resolve(p).normalize()).toList();
  }

  /**
   * Fluent setters of the inputs, the one list of them: {@code ScanRequest}'s builder extends it.
   * Plural setters ({@code sourceRoots(..)}) replace the list, {@code add…} methods append.
   *
   * @param <B> the concrete builder, returned by every setter
   */
  public static class Builder<B extends Builder<B>> {
    private final Path root;
    private final List<Path> sourceRoots = new ArrayList<>();
    private final List<Path> classRoots = new ArrayList<>();
    private final List<Path> classpath = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    private final List<Path> buildFiles = new ArrayList<>();
    private final List<Path> pythonRoots = new ArrayList<>();
    private Integer javaRelease;
    private boolean scanDependencies;
    private int threads = 1;
    private final List<String> includes = new ArrayList<>();
    private final List<String> excludes = new ArrayList<>();

    protected Builder(Path root) {
      this.root = Objects.requireNonNull(root, "root");
    }

    @SuppressWarnings("unchecked")
    private B self() {
      return (B) this;
    }

    private <T> B replace(List<T> list, Collection<? extends T> values) {
      list.clear();
      list.addAll(values);
      return self();
    }

    private <T> B append(List<T> list, T value) {
      list.add(value);
      return self();
    }

    public B sourceRoots(Collection<Path> v) {
      return replace(sourceRoots, v);
    }

    public B addSourceRoot(Path v) {
      return append(sourceRoots, v);
    }

    public B classRoots(Collection<Path> v) {
      return replace(classRoots, v);
    }

    public B addClassRoot(Path v) {
      return append(classRoots, v);
    }

    public B classpath(Collection<Path> v) {
      return replace(classpath, v);
    }

    public B addClasspath(Path v) {
      return append(classpath, v);
    }

    public B dependencies(Collection<Dependency> v) {
      return replace(dependencies, v);
    }

    public B buildFiles(Collection<Path> v) {
      return replace(buildFiles, v);
    }

    public B addBuildFile(Path v) {
      return append(buildFiles, v);
    }

    public B pythonRoots(Collection<Path> v) {
      return replace(pythonRoots, v);
    }

    public B addPythonRoot(Path v) {
      return append(pythonRoots, v);
    }

    public B javaRelease(Integer v) {
      javaRelease = v;
      return self();
    }

    public B scanDependencies(boolean v) {
      scanDependencies = v;
      return self();
    }

    public B threads(int v) {
      threads = v;
      return self();
    }

    public B includes(Collection<String> v) {
      return replace(includes, v);
    }

    public B excludes(Collection<String> v) {
      return replace(excludes, v);
    }

    /** The inputs set so far. */
    public ScanInputs inputs() {
      return new ScanInputs(
          root,
          sourceRoots,
          classRoots,
          classpath,
          dependencies,
          buildFiles,
          pythonRoots,
          javaRelease,
          scanDependencies,
          threads,
          includes,
          excludes);
    }
  }
}
