package io.github.sockcheck.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes output files so that a reader never sees a half-written file: the bytes go to a temporary
 * file in the same directory (same file system), which then replaces the target in one atomic
 * rename.
 */
public final class AtomicFiles {

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  public static void write(Path target, byte[] content) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    Path temp = createTemp(dir, absolute.getFileName().toString(), content);
    try {
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // Some file systems (certain network mounts) cannot rename atomically; a plain replace is
        // the
        // best they offer.
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Not {@code Files.createTempFile}: that makes the file owner-only (0600), and the rename would
   * carry those permissions to the report. A plain new file gets the usual umask permissions.
   */
  private static Path createTemp(Path dir, String name, byte[] content) throws IOException {
    while (true) {
      Path temp =
          dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try (OutputStream out =
          Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        out.write(content);
        return temp;
      } catch (FileAlreadyExistsException e) {
        // another writer picked the same name: draw again
      } catch (IOException e) {
        Files.deleteIfExists(temp);
        throw e;
      }
    }
  }

  public static void writeString(Path target, String content) throws IOException {
    write(target, content.getBytes(StandardCharsets.UTF_8));
  }
}
