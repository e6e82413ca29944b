package io.github.sockcheck.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text of files under the repository root, read at most once per scan and shared by the stages
 * that look at finding lines (comment suppressions, baseline fingerprints, SARIF line hashes).
 * Thread-safe. A file that cannot be read is remembered as absent.
 */
public final class FileTexts {

  private final Path root;
  private final FileContents contents;
  private final ConcurrentHashMap<String, Optional<Content>> cache = new ConcurrentHashMap<>();

  public FileTexts(Path root) {
    this(root, FileContents.DISK);
  }

  /** Texts read through {@code contents} (unsaved editor buffers in front of the disk). */
  public FileTexts(Path root, FileContents contents) {
    this.root = root.toAbsolutePath().normalize();
    this.contents = contents;
  }

  public Path root() {
    return root;
  }

  /**
   * The decoded text of a repository-relative path: UTF-8, malformed bytes replaced as Node.js (and
   * so GitHub's upload action) replaces them ({@link WhatwgUtf8}).
   */
  public Optional<String> text(String relativePath) {
    return content(relativePath).map(Content::text);
  }

  /** The lines of a repository-relative path, split at {@code \n}, {@code \r\n} and {@code \r}. */
  public Optional<List<String>> lines(String relativePath) {
    return content(relativePath).map(Content::lines);
  }

  /** Line {@code line} (1-based) of the file, or empty when the file or the line does not exist. */
  public Optional<String> line(String relativePath, int line) {
    return lines(relativePath).filter(l -> line >= 1 && line <= l.size()).map(l -> l.get(line - 1));
  }

  private Optional<Content> content(String relativePath) {
    return cache.computeIfAbsent(relativePath, this::load);
  }

  private Optional<Content> load(String relativePath) {
    Path file = root.resolve(relativePath).normalize();
    if (!contents.isRegularFile(file)) return Optional.empty();
    try {
      String text = WhatwgUtf8.decode(contents.read(file));
      return Optional.of(new Content(text, splitLines(text)));
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** Splits like an editor does: a trailing newline does not start an extra line. */
  public static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
        start = i + 1;
      }
    }
    if (start < text.length()) lines.add(text.substring(start));
    return List.copyOf(lines);
  }

  private record Content(String text, List<String> lines) {}
}
