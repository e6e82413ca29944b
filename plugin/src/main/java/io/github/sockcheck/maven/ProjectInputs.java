package io.github.sockcheck.maven;

import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.io.FileTrees;
import io.github.sockcheck.core.io.SkippedDirectories;
import io.github.sockcheck.core.versions.JavaRelease;
import io.github.sockcheck.scan.InputClassifier;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * What one Maven module gives the scan: its sources, classes, classpath, dependencies and
 * manifests.
 */
final class ProjectInputs {

  private static final Set<String> MAIN_SCOPES = Set.of("compile", "provided", "system", "runtime");

  private final MavenProject project;
  private final Path root;
  private final boolean includeTests;
  private final Log log;

  ProjectInputs(MavenProject project, Path root, boolean includeTests, Log log) {
    this.project = project;
    this.root = root;
    this.includeTests = includeTests;
    this.log = log;
  }

  List<Path> sourceRoots() {
    List<String> roots = new ArrayList<>(project.getCompileSourceRoots());
    if (includeTests) roots.addAll(project.getTestCompileSourceRoots());
    return existing(roots);
  }

  List<Path> classRoots() {
    List<String> dirs = new ArrayList<>(List.of(project.getBuild().getOutputDirectory()));
    if (includeTests) dirs.add(project.getBuild().getTestOutputDirectory());
    List<Path> found = existing(dirs);
    boolean hasSources = !sourceRoots().isEmpty();
    if (found.isEmpty() && hasSources && !"pom".equals(project.getPackaging())) {
      log.warn(
          "sockcheck: "
              + project.getBuild().getOutputDirectory()
              + " does not exist, so the bytecode rules did not run; use `mvn verify` or `mvn compile sockcheck:verify`.");
    }
    return found;
  }

  List<Path> classpath() {
    List<Path> jars = new ArrayList<>();
    for (Artifact artifact : scopedArtifacts()) {
      if (artifact.getFile() != null && onClasspath(artifact))
        jars.add(artifact.getFile().toPath());
    }
    return jars;
  }

  /**
   * Whether Maven puts the artifact on the classpath, as {@code
   * MavenProject.getCompileClasspathElements} decides: a dependency of type {@code pom} is resolved
   * to its pom file, which is no jar.
   */
  static boolean onClasspath(Artifact artifact) {
    return artifact.getArtifactHandler() == null
        || artifact.getArtifactHandler().isAddedToClasspath();
  }

  List<Dependency> dependencies() {
    return new MavenDependencies(project, root).convert(scopedArtifacts());
  }

  private List<Artifact> scopedArtifacts() {
    List<Artifact> artifacts = new ArrayList<>();
    for (Artifact artifact : project.getArtifacts()) {
      if (includeTests || MAIN_SCOPES.contains(artifact.getScope())) artifacts.add(artifact);
    }
    return artifacts;
  }

  /**
   * The pom and the Python/deployment files of this module (not of its sub-modules), as the CLI
   * picks them.
   */
  List<Path> buildFiles() {
    Set<Path> files = new TreeSet<>();
    if (project.getFile() != null) files.add(project.getFile().toPath());
    walkModule(
        (file, name) -> {
          if (InputClassifier.isBuildFile(file)) files.add(file);
        });
    return new ArrayList<>(files);
  }

  /** Directories of this module that hold {@code .py} files (the Python engine walks each). */
  List<Path> pythonRoots() {
    Set<Path> dirs = new TreeSet<>();
    walkModule(
        (file, name) -> {
          if (name.endsWith(".py")) dirs.add(file.getParent());
        });
    // Keep only the top-most directories; the engine walks them recursively.
    List<Path> roots = new ArrayList<>();
    for (Path dir : dirs) {
      if (roots.stream().noneMatch(dir::startsWith)) roots.add(dir);
    }
    return roots;
  }

  private interface FileVisitor {
    void visit(Path file, String name);
  }

  /** Visits the module's files, skipping build output, VCS and virtualenv dirs and sub-modules. */
  private void walkModule(FileVisitor visitor) {
    Path base = project.getBasedir().toPath();
    try {
      FileTrees.walk(
          base,
          dir -> !SkippedDirectories.skipped(dir) && !Files.isRegularFile(dir.resolve("pom.xml")),
          (file, attrs) -> visitor.visit(file, file.getFileName().toString()),
          (file, e) -> log.warn("sockcheck: cannot read " + file + ": " + e.getMessage()),
          false);
    } catch (IOException e) {
      log.warn("sockcheck: cannot walk " + base + ": " + e.getMessage());
    }
  }

  /**
   * The release the module compiles for: compiler {@code release}, else {@code target}/{@code
   * source}.
   */
  Integer javaRelease() {
    String[] candidates = {
      compilerSetting("release"), project.getProperties().getProperty("maven.compiler.release"),
      compilerSetting("target"), project.getProperties().getProperty("maven.compiler.target"),
      compilerSetting("source"), project.getProperties().getProperty("maven.compiler.source")
    };
    for (String candidate : candidates) {
      Integer release = JavaRelease.parse(candidate);
      if (release != null) return release;
    }
    return null;
  }

  private String compilerSetting(String name) {
    Plugin compiler = project.getPlugin("org.apache.maven.plugins:maven-compiler-plugin");
    if (compiler == null || !(compiler.getConfiguration() instanceof Xpp3Dom config)) return null;
    Xpp3Dom child = config.getChild(name);
    return child == null ? null : child.getValue();
  }

  private static List<Path> existing(List<String> dirs) {
    List<Path> paths = new ArrayList<>();
    for (String dir : dirs) {
      if (dir != null && new File(dir).exists()) paths.add(new File(dir).toPath());
    }
    return paths;
  }
}
