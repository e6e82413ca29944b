package io.github.sockcheck.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Lists the {@code .java} files under the source roots. Symbolic links to directories are not
 * followed (no loops, no scanning outside the tree); dot-directories ({@code .git}, {@code .idea})
 * are skipped.
 */
final class SourceFiles {

  private SourceFiles() {}

  /**
   * @param relativize repository-relative path of a file, for the globs
   * @param problems receives roots or directories that could not be read
   */
  static SortedSet<Path> list(
      List<Path> roots, Globs globs, Function<Path, String> relativize, Consumer<String> problems) {
    SortedSet<Path> files = new TreeSet<>();
    for (Path root : roots) {
      Path start = root.toAbsolutePath().normalize();
      if (Files.isRegularFile(start)) {
        if (isJava(start) && globs.accepts(relativize.apply(start))) files.add(start);
        continue;
      }
      if (!Files.isDirectory(start)) {
        problems.accept("source root does not exist: " + root);
        continue;
      }
      try {
        Files.walkFileTree(
            start,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                Path name = dir.getFileName();
                boolean hidden =
                    !dir.equals(start) && name != null && name.toString().startsWith(".");
                return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                boolean regular =
                    attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file));
                if (regular && isJava(file) && globs.accepts(relativize.apply(file)))
                  files.add(file.normalize());
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                problems.accept("cannot read " + file + ": " + e.getMessage());
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        problems.accept("cannot list " + root + ": " + e.getMessage());
      }
    }
    return files;
  }

  private static boolean isJava(Path file) {
    return file.getFileName().toString().endsWith(".java");
  }
}
