package io.github.sockcheck.lsp;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The documents the editor has open: their text (saved or not) and version. Thread-safe. */
final class OpenDocuments {

  /** One open document at one version. */
  record Document(String uri, Path path, String text, int version) {}

  private final Map<Path, Document> byPath = new LinkedHashMap<>();

  synchronized void open(Document d) {
    byPath.put(d.path(), d);
  }

  synchronized void change(Path path, String text, int version) {
    Document d = byPath.get(path);
    if (d != null) byPath.put(path, new Document(d.uri(), path, text, version));
  }

  synchronized Optional<Document> close(Path path) {
    return Optional.ofNullable(byPath.remove(path));
  }

  synchronized Optional<Document> get(Path path) {
    return Optional.ofNullable(byPath.get(path));
  }

  /** A copy of every open document, by path. */
  synchronized Map<Path, Document> snapshot() {
    return new LinkedHashMap<>(byPath);
  }
}
