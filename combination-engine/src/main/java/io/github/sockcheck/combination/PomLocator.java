package io.github.sockcheck.combination;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.RelatedLocation;
import io.github.sockcheck.core.io.FileContents;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.maven.model.Dependency;

/**
 * Finds where a POM declares a dependency and where its version comes from, for bare checkouts (the
 * CLI, the language server): the Maven plugin takes both from Maven's own effective model instead.
 * Locations are relative to {@code root}.
 */
final class PomLocator {

  /** A direct dependency as the POM declares it, after interpolation and dependency management. */
  public record DeclaredDependency(
      String groupId,
      String artifactId,
      String version,
      String constraint,
      String scope,
      Location declaredAt,
      List<RelatedLocation> versionSource) {}

  private final Path root;
  private final PomFiles files;

  /**
   * A locator reading POMs below {@code root}, parents/BOMs also from the local Maven repository.
   */
  public PomLocator(Path root) {
    this(root, n -> {}, PomFiles.defaultLocalRepository());
  }

  /**
   * @param localRepository where parents and BOMs outside the tree are looked up; null for nowhere
   */
  public PomLocator(Path root, Consumer<Notification> notifications, Path localRepository) {
    this(root, notifications, localRepository, FileContents.DISK);
  }

  /**
   * @param contents where POMs are read (unsaved editor buffers in front of the disk)
   */
  public PomLocator(
      Path root,
      Consumer<Notification> notifications,
      Path localRepository,
      FileContents contents) {
    this.root = root.toAbsolutePath().normalize();
    this.files = new PomFiles(this::relativize, notifications, localRepository, contents);
  }

  /**
   * The whole element at a point Maven's model reader recorded (just after a start tag), or {@code
   * at} as it is when it is no such point.
   */
  Location element(Location at) {
    return files.element(root.resolve(at.path()), at);
  }

  /** Makes a POM of the scanned tree findable as a parent or BOM by its coordinates. */
  public void index(Path pom) {
    files.index(pom);
  }

  /**
   * The {@code <dependency>} element of {@code groupId:artifactId} in {@code pom} (or, inherited,
   * in its parent): from its {@code <} to the end of {@code </dependency>}.
   */
  public Optional<Location> locateDependency(Path pom, String groupId, String artifactId) {
    return find(pom, groupId, artifactId).map(DeclaredDependency::declaredAt);
  }

  /**
   * Where the version of that dependency is decided: the {@code <properties>} entry a {@code ${x}}
   * refers to (in this POM or a parent), or the {@code dependencyManagement} entry (own, parent or
   * imported BOM) and the properties it uses, or else the {@code <version>} element itself.
   */
  public List<RelatedLocation> versionSource(Path pom, String groupId, String artifactId) {
    return EffectivePom.of(pom, files)
        .flatMap(e -> declaredIn(e, groupId, artifactId))
        .map(d -> withVersionElement(d))
        .orElse(List.of());
  }

  /** The direct dependency {@code groupId:artifactId} of {@code pom}, resolved. */
  public Optional<DeclaredDependency> find(Path pom, String groupId, String artifactId) {
    return EffectivePom.of(pom, files)
        .flatMap(e -> declaredIn(e, groupId, artifactId))
        .map(Resolved::dependency);
  }

  /** All direct dependencies of {@code pom} (own and inherited from parents), resolved. */
  public List<DeclaredDependency> dependencies(Path pom) {
    Optional<EffectivePom> effective = EffectivePom.of(pom, files);
    if (effective.isEmpty()) return List.of();
    List<DeclaredDependency> out = new ArrayList<>();
    for (EffectivePom.Declared d : effective.get().dependencies()) {
      resolve(effective.get(), d).ifPresent(r -> out.add(r.dependency()));
    }
    return out;
  }

  /** The effective model, for the Java release reader. */
  Optional<EffectivePom> effective(Path pom) {
    return EffectivePom.of(pom, files);
  }

  PomFiles files() {
    return files;
  }

  private record Resolved(DeclaredDependency dependency, RelatedLocation versionElement) {}

  private static List<RelatedLocation> withVersionElement(Resolved r) {
    if (!r.dependency().versionSource().isEmpty() || r.versionElement() == null)
      return r.dependency().versionSource();
    return List.of(r.versionElement());
  }

  private Optional<Resolved> declaredIn(EffectivePom e, String groupId, String artifactId) {
    for (EffectivePom.Declared d : e.dependencies()) {
      Optional<Resolved> r = resolve(e, d);
      if (r.isPresent()
          && r.get().dependency().groupId().equals(groupId)
          && r.get().dependency().artifactId().equals(artifactId)) {
        return r;
      }
    }
    return Optional.empty();
  }

  private Optional<Resolved> resolve(EffectivePom e, EffectivePom.Declared d) {
    Dependency dependency = d.dependency();
    EffectivePom.Interpolated g = e.interpolate(PomFiles.text(dependency.getGroupId()));
    EffectivePom.Interpolated a = e.interpolate(PomFiles.text(dependency.getArtifactId()));
    if (!g.complete() || !a.complete()) return Optional.empty();
    Location declaredAt = e.location(d.file(), dependency);
    String scope =
        Optional.ofNullable(e.interpolate(PomFiles.text(dependency.getScope())).value())
            .orElse("compile");

    List<RelatedLocation> sources = new ArrayList<>();
    RelatedLocation versionElement = null;
    String version = null;
    String versionText = PomFiles.text(dependency.getVersion());
    if (versionText != null) {
      EffectivePom.Interpolated v = e.interpolate(versionText);
      versionElement =
          new RelatedLocation(
              files.location(d.file(), dependency.getLocation("version"), "version"),
              "version declared here");
      sources.addAll(v.sources());
      if (v.complete()) version = v.value();
    } else {
      Optional<EffectivePom.Managed> m = e.managed(g.value(), a.value());
      if (m.isPresent()) {
        sources.add(m.get().entry());
        sources.addAll(m.get().sources());
        if (!m.get().version().contains("${")) version = m.get().version();
      }
    }
    if (!d.file().equals(e.file) && sources.isEmpty() && versionElement != null) {
      sources.add(
          new RelatedLocation(versionElement.location(), "version inherited from the parent POM"));
    }
    String constraint = null;
    if (version != null && (version.startsWith("[") || version.startsWith("("))) {
      constraint = version;
      version = null;
    }
    return Optional.of(
        new Resolved(
            new DeclaredDependency(
                g.value(), a.value(), version, constraint, scope, declaredAt, List.copyOf(sources)),
            versionElement));
  }

  private String relativize(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
