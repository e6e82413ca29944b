package io.github.sockcheck.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** LSP document URIs and file paths: only {@code file:} URIs name files sockcheck can scan. */
final class Uris {

  private Uris() {}

  /**
   * The file a {@code file:} URI names, absolute and normalized; empty for other schemes or bad
   * URIs.
   */
  static Optional<Path> toPath(String uri) {
    try {
      URI parsed = URI.create(uri);
      if (!"file".equalsIgnoreCase(parsed.getScheme())) return Optional.empty();
      return Optional.of(Path.of(parsed).toAbsolutePath().normalize());
    } catch (IllegalArgumentException
        | java.nio.file.FileSystemNotFoundException
        | SecurityException e) {
      return Optional.empty();
    }
  }

  static String toUri(Path path) {
    return path.toAbsolutePath().normalize().toUri().toString();
  }
}
