package io.github.sockcheck.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a scan reads the bytes of the files it analyses: the disk, or an editor's unsaved buffers
 * in front of the disk (the language server scans what the user sees, not what was last saved).
 * Engines read input files through {@link io.github.sockcheck.core.engine.ScanContext#contents()};
 * class files and jars are always read from the disk.
 */
public interface FileContents {

  /** Every file as it is on the disk. */
  FileContents DISK =
      new FileContents() {
        @Override
        public byte[] read(Path file) throws IOException {
          return Files.readAllBytes(file);
        }

        @Override
        public long size(Path file) throws IOException {
          return Files.size(file);
        }

        @Override
        public boolean isRegularFile(Path file) {
          return Files.isRegularFile(file);
        }

        @Override
        public boolean overlays(Path file) {
          return false;
        }
      };

  /** The file's bytes. */
  byte[] read(Path file) throws IOException;

  /** The file's length in bytes. */
  long size(Path file) throws IOException;

  /** True when the file exists as a regular file (or as a buffer). */
  boolean isRegularFile(Path file);

  /** True when the contents of {@code file} come from a buffer, not from the disk. */
  boolean overlays(Path file);

  /** The file's text, decoded as UTF-8 (malformed bytes replaced). */
  default String readString(Path file) throws IOException {
    return new String(read(file), StandardCharsets.UTF_8);
  }

  /**
   * The disk with {@code buffers} in front: a path in the map reads as its text (UTF-8), even when
   * the file is missing on the disk or differs from it. Keys are made absolute and normalized.
   */
  static FileContents withBuffers(Map<Path, String> buffers) {
    if (buffers.isEmpty()) return DISK;
    Map<Path, byte[]> bytes = new LinkedHashMap<>();
    buffers.forEach((path, text) -> bytes.put(key(path), text.getBytes(StandardCharsets.UTF_8)));
    return new FileContents() {
      @Override
      public byte[] read(Path file) throws IOException {
        byte[] b = bytes.get(key(file));
        return b != null ? b.clone() : Files.readAllBytes(file);
      }

      @Override
      public long size(Path file) throws IOException {
        byte[] b = bytes.get(key(file));
        return b != null ? b.length : Files.size(file);
      }

      @Override
      public boolean isRegularFile(Path file) {
        return bytes.containsKey(key(file)) || Files.isRegularFile(file);
      }

      @Override
      public boolean overlays(Path file) {
        return bytes.containsKey(key(file));
      }
    };
  }

  private static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }
}
