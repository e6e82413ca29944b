package io.github.sockcheck.core.engine;

import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.io.FileContents;
import io.github.sockcheck.core.rules.RulePack;
import java.nio.file.Path;
import java.util.List;

/**
 * The inputs of one scan, as the shells (Maven plugin, CLI) gathered them. All finding paths are
 * made relative to {@code root}.
 *
 * @param root the repository (top-level project) directory
 * @param rules the enabled rules
 * @param sourceRoots Java source roots or single files
 * @param classRoots class directories and jars of the project itself
 * @param classpath the compile classpath (jars and directories) used for type resolution
 * @param dependencies resolved dependencies, when a build tool resolved them (empty from the CLI)
 * @param buildFiles pom.xml files, dependency-list files, Python manifests and deployment files to
 *     read
 * @param pythonRoots directories whose {@code .py} files are scanned
 * @param javaRelease the target release if the shell knows it, else null
 * @param scanDependencies also analyse dependency jars with the bytecode engine
 * @param threads worker threads an engine may use
 * @param includes glob patterns (relative to root) a file must match, empty for all
 * @param excludes glob patterns a file must not match
 * @param contents where input files are read: the disk, or unsaved editor buffers in front of it
 */
public record ScanContext(
    Path root,
    RulePack rules,
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
    List<String> excludes,
    FileContents contents) {

  public ScanContext {
    sourceRoots = List.copyOf(sourceRoots);
    classRoots = List.copyOf(classRoots);
    classpath = List.copyOf(classpath);
    dependencies = List.copyOf(dependencies);
    buildFiles = List.copyOf(buildFiles);
    pythonRoots = List.copyOf(pythonRoots);
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    if (contents == null) contents = FileContents.DISK;
  }

  /** A context that reads every file from the disk. */
  public ScanContext(
      Path root,
      RulePack rules,
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
    this(
        root,
        rules,
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
        excludes,
        FileContents.DISK);
  }

  /** The repository-relative path with forward slashes, for locations. */
  public String relativize(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path base = root.toAbsolutePath().normalize();
    return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
