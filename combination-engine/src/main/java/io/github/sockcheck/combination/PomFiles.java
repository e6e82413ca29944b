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

/**
 * Reads and caches POM files, finds parents and imported BOMs in the scanned tree or the local Maven
 * repository (never the network), and turns element positions into repository-relative locations.
 */
final class PomFiles {

  private final Function<Path, String> relativize;
  private final Consumer<Notification> notifications;
  private final Path localRepository;
  private final FileContents contents;
  private final Map<Path, Optional<XmlElement>> parsed = new HashMap<>();
  private final Map<String, Path> byCoordinate = new HashMap<>();

  PomFiles(Function<Path, String> relativize, Consumer<Notification> notifications, Path localRepository,
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
    load(pom).ifPresent(root -> {
      String g = root.childText("groupId");
      if (g == null) g = root.path("parent", "groupId").map(XmlElement::text).orElse(null);
      String v = root.childText("version");
      if (v == null) v = root.path("parent", "version").map(XmlElement::text).orElse(null);
      byCoordinate.putIfAbsent(g + ":" + root.childText("artifactId") + ":" + v, pom.toAbsolutePath().normalize());
    });
  }

  /** The parsed root element; a file that does not parse is reported once and then ignored. */
  Optional<XmlElement> load(Path pom) {
    Path key = pom.toAbsolutePath().normalize();
    return parsed.computeIfAbsent(key, this::read);
  }

  private Optional<XmlElement> read(Path pom) {
    if (!contents.isRegularFile(pom)) return Optional.empty();
    String rel = relativize.apply(pom);
    try {
      XmlElement root = SafeXml.parse(contents.readString(pom));
      if (!root.name().equals("project")) {
        notifications.accept(Notification.warning(CombinationEngine.ID, Location.file(rel),
            "not a Maven POM (root element <" + root.name() + ">), skipped"));
        return Optional.empty();
      }
      return Optional.of(root);
    } catch (SafeXml.XmlException e) {
      Location at = e.line > 0 ? Location.line(rel, e.line) : Location.file(rel);
      notifications.accept(Notification.error(CombinationEngine.ID, at, "malformed POM, skipped: " + e.getMessage()));
    } catch (IOException | RuntimeException e) {
      notifications.accept(Notification.error(CombinationEngine.ID, Location.file(rel), "cannot read POM, skipped: " + e.getMessage()));
    }
    return Optional.empty();
  }

  /** The parent POM: {@code relativePath} (default ../pom.xml) when its coordinates fit, else the local repository. */
  Optional<Path> parentOf(Path pom, XmlElement root) {
    Optional<XmlElement> parent = root.child("parent");
    if (parent.isEmpty()) return Optional.empty();
    String g = parent.get().childText("groupId");
    String a = parent.get().childText("artifactId");
    String v = parent.get().childText("version");
    XmlElement rp = parent.get().child("relativePath").orElse(null);
    String relativePath = rp == null ? "../pom.xml" : rp.text();
    if (!relativePath.isEmpty()) {
      Path candidate = pom.toAbsolutePath().getParent().resolve(relativePath).normalize();
      if (Files.isDirectory(candidate)) candidate = candidate.resolve("pom.xml");
      Optional<XmlElement> found = load(candidate);
      if (found.isPresent() && a != null && a.equals(found.get().childText("artifactId"))) return Optional.of(candidate);
    }
    return find(g, a, v);
  }

  /** A POM by coordinates: from the scanned tree, else the local repository. */
  Optional<Path> find(String groupId, String artifactId, String version) {
    if (groupId == null || artifactId == null || version == null) return Optional.empty();
    Path inTree = byCoordinate.get(groupId + ":" + artifactId + ":" + version);
    if (inTree != null) return Optional.of(inTree);
    if (localRepository == null) return Optional.empty();
    Path local = localRepository.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version)
        .resolve(artifactId + "-" + version + ".pom");
    return Files.isRegularFile(local) && load(local).isPresent() ? Optional.of(local) : Optional.empty();
  }

  Location location(Path file, XmlElement element) {
    return new Location(relativize.apply(file), element.startLine(), element.startColumn(), element.endLine(), element.endColumn());
  }
}
