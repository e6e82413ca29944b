package io.github.sockcheck.source;

import io.github.sockcheck.core.engine.CachedFile;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.io.FileContents;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Phase 1 of the engine for one file: read the bytes once, hash them (with a cache), decode once,
 * learn the file's type name, and run the pre-filter. The decoded text is kept: later analysis
 * rounds may need a file the pre-filter passed over (a caller of a method a value flows through).
 */
final class SourceReader {

  /**
   * One file after phase 1.
   *
   * @param hash {@link #contentHash} of the bytes (null without a cache, or when the file could not
   *     be read)
   * @param typeKey {@code package.FileStem}, how other files reach its types; null when unreadable
   * @param text the decoded text; null when unreadable or when the cached entry stands (not
   *     decoded)
   * @param candidate the pre-filter keeps the file for the first analysis round
   * @param cached the previous scan's entry when the bytes are unchanged (the file was not decoded)
   */
  record Read(
      Path file,
      String path,
      String hash,
      String typeKey,
      String text,
      boolean candidate,
      CachedFile cached,
      List<Notification> notifications) {}

  private final SourceEngineOptions options;
  private final CallPrefilter prefilter;
  private final boolean hashing;
  private final FileContents contents;

  SourceReader(
      SourceEngineOptions options,
      CallPrefilter prefilter,
      boolean hashing,
      FileContents contents) {
    this.contents = contents;
    this.options = options;
    this.prefilter = prefilter;
    this.hashing = hashing;
  }

  /**
   * @param before the previous scan's entry for this path, or null
   */
  Read read(Path file, String path, CachedFile before) {
    List<Notification> notes = new ArrayList<>();
    try {
      long size = contents.size(file);
      if (size > options.maxFileBytes()) {
        notes.add(
            Notification.warning(
                SourceEngine.ID,
                Location.file(path),
                path
                    + ": skipped, "
                    + size
                    + " bytes is over the source size limit of "
                    + options.maxFileBytes()
                    + " bytes"));
        return new Read(file, path, null, null, null, false, null, notes);
      }
      byte[] bytes = contents.read(file);
      if (looksBinary(bytes)) {
        int line = lineOfFirstNul(bytes);
        notes.add(
            Notification.error(
                SourceEngine.ID,
                Location.line(path, line),
                path
                    + ":"
                    + line
                    + ": contains NUL bytes (binary, or UTF-16/UTF-32 text); not analysed. Save Java sources as "
                    + options.encoding().name()));
        return new Read(file, path, null, null, null, false, null, notes);
      }
      String hash = hashing ? contentHash(bytes) : null;
      if (before != null && before.contentHash().equals(hash)) {
        return new Read(
            file,
            path,
            hash,
            before.provides().isEmpty() ? null : before.provides(),
            null,
            before.candidate(),
            before,
            List.of());
      }
      SourceDecoder.Decoded decoded = SourceDecoder.decode(bytes, options.encoding());
      String text = decoded.text();
      String typeKey = typeKey(file, PackageRoots.packageName(text));
      if (decoded.fellBack()) {
        notes.add(
            Notification.warning(
                SourceEngine.ID,
                Location.file(path),
                path + ": not valid " + options.encoding().name() + "; read as ISO-8859-1"));
      }
      return new Read(file, path, hash, typeKey, text, prefilter.mayCall(text), null, notes);
    } catch (IOException | RuntimeException e) {
      notes.add(
          Notification.error(
              SourceEngine.ID, Location.file(path), path + ": cannot read: " + e.getMessage()));
      return new Read(file, path, null, null, null, false, null, notes);
    }
  }

  /**
   * The decoded text of a file phase 1 did not decode (its cached entry stood), or null when
   * unreadable.
   */
  String decode(Read r) {
    if (r.text() != null) return r.text();
    try {
      byte[] bytes = contents.read(r.file());
      if (bytes.length > options.maxFileBytes() || looksBinary(bytes)) return null;
      return SourceDecoder.decode(bytes, options.encoding()).text();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Git's test for binary content: a NUL byte in the first 8000 bytes (Java sources practically
   * never hold one).
   */
  static boolean looksBinary(byte[] bytes) {
    for (int i = 0, n = Math.min(bytes.length, 8000); i < n; i++) {
      if (bytes[i] == 0) return true;
    }
    return false;
  }

  /**
   * The 1-based line of the first NUL byte, counting {@code \n} line ends, so that the user can
   * find it.
   */
  static int lineOfFirstNul(byte[] bytes) {
    int line = 1;
    for (byte b : bytes) {
      if (b == 0) return line;
      if (b == '\n') line++;
    }
    return line;
  }

  /**
   * {@code package.FileStem}: the name under which the type solver finds the file's top-level type.
   */
  static String typeKey(Path file, String packageName) {
    String stem = file.getFileName().toString().replaceFirst("\\.java$", "");
    return packageName.isEmpty() ? stem : packageName + "." + stem;
  }

  /**
   * The content key: length, CRC-32C and CRC-32 (two different polynomials, 64 bits of check). Both
   * CRCs are hardware-assisted in the JDK, where SHA-256 took most of a warm scan's time; an
   * accidental match of a changed file needs both CRCs and the length to agree (PMD's cache trusts
   * one Adler-32).
   */
  static String contentHash(byte[] bytes) {
    CRC32C c = new CRC32C();
    c.update(bytes);
    CRC32 d = new CRC32();
    d.update(bytes);
    return Integer.toHexString(bytes.length)
        + "-"
        + Long.toHexString(c.getValue())
        + "-"
        + Long.toHexString(d.getValue());
  }
}
