package io.github.sockcheck.scan;

import io.github.sockcheck.core.io.FileTrees;
import io.github.sockcheck.core.io.SkippedDirectories;
import io.github.sockcheck.python.ProjectFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the paths a user names (CLI arguments, "scan these paths") into the lists of a {@link
 * ScanRequest}: Java source roots, class directories and jars, build and deployment files, Python
 * roots.
 *
 * <p>Directories are walked, following symbolic links but never entering a directory twice (so link
 * loops end), and skipping the build, VCS, virtual-environment and tool directories of {@link
 * SkippedDirectories} below the named path. A Java source root is the package root of the {@code
 * .java} files found (the directory their {@code package} declaration is relative to). Python
 * manifests and deployment files are told apart by the Python engine's own classifier ({@link
 * ProjectFiles#kindOf}).
 */
public final class InputClassifier {

  /** The classified inputs, each list sorted and without duplicates. */
  public record Inputs(
      List<Path> sourceRoots,
      List<Path> classRoots,
      List<Path> buildFiles,
      List<Path> pythonRoots) {

    public Inputs {
      sourceRoots = List.copyOf(sourceRoots);
      classRoots = List.copyOf(classRoots);
      buildFiles = List.copyOf(buildFiles);
      pythonRoots = List.copyOf(pythonRoots);
    }

    /** Appends these inputs to a request builder. */
    public ScanRequest.Builder addTo(ScanRequest.Builder builder) {
      sourceRoots.forEach(builder::addSourceRoot);
      classRoots.forEach(builder::addClassRoot);
      buildFiles.forEach(builder::addBuildFile);
      pythonRoots.forEach(builder::addPythonRoot);
      return builder;
    }

    public boolean isEmpty() {
      return sourceRoots.isEmpty()
          && classRoots.isEmpty()
          && buildFiles.isEmpty()
          && pythonRoots.isEmpty();
    }
  }

  private final Set<Path> sourceRoots = new TreeSet<>();
  private final Set<Path> classRoots = new TreeSet<>();
  private final Set<Path> buildFiles = new TreeSet<>();
  private final Set<Path> pythonRoots = new TreeSet<>();
  private final Set<Path> classDirsSeen = new java.util.HashSet<>();

  private InputClassifier() {}

  /**
   * Classifies {@code paths} (absolute, or relative to the working directory). Paths that do not
   * exist, or are neither a regular file nor a directory (a FIFO, a device), are an {@link
   * IllegalArgumentException} naming them.
   */
  public static Inputs classify(List<Path> paths) throws IOException {
    InputClassifier c = new InputClassifier();
    for (Path p : paths) {
      Path abs = p.toAbsolutePath().normalize();
      if (!Files.exists(abs)) throw new IllegalArgumentException("no such file or directory: " + p);
      // A FIFO or device would block or never end when read.
      if (!Files.isDirectory(abs) && !Files.isRegularFile(abs)) {
        throw new IllegalArgumentException("not a regular file or directory: " + p);
      }
      if (Files.isDirectory(abs)) c.walk(abs);
      else c.file(abs, true);
    }
    return new Inputs(
        dropNested(c.sourceRoots),
        List.copyOf(dropNested(c.classRoots)),
        List.copyOf(c.buildFiles),
        dropNested(c.pythonRoots));
  }

  /**
   * True when {@code file} is a build, manifest or deployment file the combination/python engines
   * read.
   */
  public static boolean isBuildFile(Path file) {
    String name = file.getFileName().toString();
    if (name.equals("pom.xml") || ProjectFiles.isManifestOrDeploymentFile(file)) return true;
    return name.toLowerCase(Locale.ROOT).endsWith(".txt") && isDependencyListing(file);
  }

  /** {@code mvn dependency:list} / {@code dependency:tree} output saved to a text file. */
  private static boolean isDependencyListing(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.contains("dependenc") || name.contains("deps") || name.contains("tree")) return true;
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines
          .limit(40)
          .anyMatch(
              l ->
                  l.contains("The following files have been resolved")
                      || l.matches(".*[+\\\\|]- [\\w.-]+:[\\w.-]+:[\\w.-]+:.*"));
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  private void walk(Path start) throws IOException {
    FileTrees.walk(
        start,
        dir -> !SkippedDirectories.skipped(dir),
        (file, attrs) -> {
          if (attrs.isRegularFile()) file(file, false);
        },
        (entry, e) -> {}, // a link loop or an unreadable entry: left out, the walk goes on
        true);
  }

  private void file(Path file, boolean named) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (isBuildFile(file)) buildFiles.add(file);
    if (lower.endsWith(".java")) {
      sourceRoots.add(named ? file : packageRoot(file));
    } else if (lower.endsWith(".class")) {
      if (named) classRoots.add(file);
      else if (classDirsSeen.add(file.getParent())) classRoots.add(ClassFileNames.classRoot(file));
    } else if (lower.endsWith(".jar")) {
      classRoots.add(file);
    } else if (lower.endsWith(".py")) {
      pythonRoots.add(named ? file : file.getParent());
    }
  }

  /**
   * The directory the file's package declaration is relative to; its own directory when that does
   * not fit.
   */
  static Path packageRoot(Path javaFile) {
    Path dir = javaFile.getParent();
    String pkg;
    try {
      pkg = PackageHead.of(javaFile); // reads the head of the file only
    } catch (IOException | RuntimeException e) {
      return dir;
    }
    if (pkg.isEmpty()) return dir;
    Path root = dir;
    String[] parts = pkg.split("\\.");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (root == null
          || root.getFileName() == null
          || !root.getFileName().toString().equals(parts[i])) {
        return dir;
      }
      root = root.getParent();
    }
    return root == null ? dir : root;
  }

  /**
   * Keeps the outermost of nested directories (a nested one would be walked twice by the engines).
   */
  private static List<Path> dropNested(Set<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      boolean nested = false;
      for (Path q : out) {
        if (Files.isDirectory(q) && p.startsWith(q) && !p.equals(q)) {
          nested = true;
          break;
        }
      }
      if (!nested) out.add(p);
    }
    return out;
  }
}
