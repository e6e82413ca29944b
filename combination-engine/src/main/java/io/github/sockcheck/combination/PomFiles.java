package io.github.sockcheck.combination;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.io.FileContents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Model;
import org.apache.maven.model.Parent;

/**
 * Reads and caches POM files, finds parents and imported BOMs in the scanned tree or the local
 * Maven repository (never the network), and turns the positions Maven's reader records into
 * repository-relative locations.
 */
final class PomFiles {

  private final Function<Path, String> relativize;
  private final Consumer<Notification> notifications;
  private final Path localRepository;
  private final FileContents contents;
  private final Map<Path, Optional<PomDocument>> parsed = new HashMap<>();
  private final Map<String, Path> byCoordinate = new HashMap<>();

  PomFiles(
      Function<Path, String> relativize,
      Consumer<Notification> notifications,
      Path localRepository,
      FileContents contents) {
    this.contents = contents;
    this.relativize = relativize;
    this.notifications = notifications;
    this.localRepository = localRepository;
  }

  /** ~/.m2/repository, or {@code maven.repo.local} when set. */
  static Path defaultLocalRepository() {
    String configured = System.getProperty("maven.repo.local");
    if (configured != null && !configured.isBlank()) return Path.of(configured);
    return Path.of(System.getProperty("user.home"), ".m2", "repository");
  }

  /** Makes the poms of the scanned tree findable by coordinates (for parents and BOMs). */
  void index(Path pom) {
    load(pom)
        .ifPresent(
            model -> {
              Parent parent = model.getParent();
              String g = text(model.getGroupId());
              if (g == null && parent != null) g = parent.getGroupId();
              String v = text(model.getVersion());
              if (v == null && parent != null) v = parent.getVersion();
              byCoordinate.putIfAbsent(
                  g + ":" + text(model.getArtifactId()) + ":" + v,
                  pom.toAbsolutePath().normalize());
            });
  }

  /** A value as Maven's reader gives it, null when the element is absent or empty. */
  static String text(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  /** The model; a file that does not parse is reported once and then ignored. */
  Optional<Model> load(Path pom) {
    return document(pom).map(d -> d.model);
  }

  private Optional<PomDocument> document(Path pom) {
    Path key = pom.toAbsolutePath().normalize();
    return parsed.computeIfAbsent(key, this::read);
  }

  private Optional<PomDocument> read(Path pom) {
    if (!contents.isRegularFile(pom)) return Optional.empty();
    String rel = relativize.apply(pom);
    try {
      PomDocument document = PomDocument.parse(contents.readString(pom));
      if (!document.rootName.equals("project")) {
        notifications.accept(
            Notification.warning(
                CombinationEngine.ID,
                Location.file(rel),
                "not a Maven POM (root element <" + document.rootName + ">), skipped"));
        return Optional.empty();
      }
      return Optional.of(document);
    } catch (PomDocument.XmlException e) {
      Location at = e.line > 0 ? Location.line(rel, e.line) : Location.file(rel);
      notifications.accept(
          Notification.error(
              CombinationEngine.ID, at, "malformed POM, skipped: " + e.getMessage()));
    } catch (IOException | RuntimeException e) {
      notifications.accept(
          Notification.error(
              CombinationEngine.ID,
              Location.file(rel),
              "cannot read POM, skipped: " + e.getMessage()));
    }
    return Optional.empty();
  }

  /**
   * The parent POM: {@code relativePath} (default ../pom.xml) when its coordinates fit, else the
   * local repository.
   */
  Optional<Path> parentOf(Path pom, Model model) {
    Parent parent = model.getParent();
    if (parent == null) return Optional.empty();
    String g = text(parent.getGroupId());
    String a = text(parent.getArtifactId());
    String v = text(parent.getVersion());
    String relativePath =
        parent.getRelativePath() == null
            ? ""
            : parent.getRelativePath(); // "../pom.xml" when absent
    if (!relativePath.isEmpty()) {
      Path candidate = pom.toAbsolutePath().getParent().resolve(relativePath).normalize();
      if (Files.isDirectory(candidate)) candidate = candidate.resolve("pom.xml");
      Optional<Model> found = load(candidate);
      if (found.isPresent() && a != null && a.equals(text(found.get().getArtifactId())))
        return Optional.of(candidate);
    }
    return find(g, a, v);
  }

  /** A POM by coordinates: from the scanned tree, else the local repository. */
  Optional<Path> find(String groupId, String artifactId, String version) {
    if (groupId == null || artifactId == null || version == null) return Optional.empty();
    Path inTree = byCoordinate.get(groupId + ":" + artifactId + ":" + version);
    if (inTree != null) return Optional.of(inTree);
    if (localRepository == null) return Optional.empty();
    Path local =
        localRepository
            .resolve(groupId.replace('.', '/'))
            .resolve(artifactId)
            .resolve(version)
            .resolve(artifactId + "-" + version + ".pom");
    return Files.isRegularFile(local) && load(local).isPresent()
        ? Optional.of(local)
        : Optional.empty();
  }

  /**
   * The element {@code name} that Maven's reader located at {@code at} in {@code file} (already
   * read).
   */
  Location location(Path file, InputLocation at, String name) {
    String rel = relativize.apply(file);
    Optional<PomDocument> document = document(file);
    if (at == null || document.isEmpty()) return Location.file(rel);
    PomDocument.Span span = document.get().span(at, name);
    return new Location(
        rel, span.startLine(), span.startColumn(), span.endLine(), span.endColumn());
  }

  /**
   * The whole element whose start tag Maven's reader located at {@code at} (a point, as the Maven
   * plugin gives declarations), or {@code at} as it is when that is no such point in a POM.
   */
  Location element(Path file, Location at) {
    if (at.endLine() != 0 || at.startColumn() < 1) return at;
    Optional<PomDocument> document = document(file);
    PomDocument.Span span =
        document.map(d -> d.spanOfTagEndingAt(at.startLine(), at.startColumn())).orElse(null);
    if (span == null) return at;
    return new Location(
        at.path(), span.startLine(), span.startColumn(), span.endLine(), span.endColumn());
  }
}
