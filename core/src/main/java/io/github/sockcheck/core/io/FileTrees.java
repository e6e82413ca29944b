package io.github.sockcheck.core.io;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * Walks a directory tree the way every input finder of sockcheck does: the caller decides which
 * directories to enter and what to do with each file; an entry that cannot be read (a link loop, no
 * permission) goes to {@code failed} and the walk goes on.
 */
public final class FileTrees {

  private FileTrees() {}

  /**
   * @param enter whether to walk into a directory below {@code start} (never asked for {@code
   *     start} itself)
   * @param file called for every file (not directory) found, with its attributes
   * @param failed called for an entry that cannot be read
   * @param followLinks follow symbolic links to directories (loops end up in {@code failed})
   * @throws IOException when {@code start} itself cannot be walked
   */
  public static void walk(
      Path start,
      Predicate<Path> enter,
      BiConsumer<Path, BasicFileAttributes> file,
      BiConsumer<Path, IOException> failed,
      boolean followLinks)
      throws IOException {
    Set<FileVisitOption> options =
        followLinks
            ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
            : EnumSet.noneOf(FileVisitOption.class);
    Files.walkFileTree(
        start,
        options,
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return dir.equals(start) || enter.test(dir)
                ? FileVisitResult.CONTINUE
                : FileVisitResult.SKIP_SUBTREE;
          }

          @Override
          public FileVisitResult visitFile(Path path, BasicFileAttributes attrs) {
            file.accept(path, attrs);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path path, IOException e) {
            failed.accept(path, e);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
