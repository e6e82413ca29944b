package io.github.sockcheck.maven;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.RelatedLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputSource;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;

/**
 * Where a direct dependency and its version are declared, read from the locations Maven records
 * while it builds the effective model (the project builder turns location tracking on): the {@code
 * <dependency>} element, the {@code <version>} that decided it (own, inherited, or copied from a
 * {@code dependencyManagement} entry, imported BOMs included) and the {@code <properties>} entry a
 * {@code ${name}} in it refers to. Locations are points just after the start tag, as Maven records
 * them; the combination engine widens them to the whole element.
 */
final class ModelDeclarations {

  /** A direct dependency's element and the places that decide its version. */
  record Declaration(Location declaredAt, List<RelatedLocation> versionSource) {}

  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
  private static final int MAX_PROPERTY_DEPTH = 8;

  private final Model effective;
  private final Path root;
  private final Path pom;

  /** The models as written (before inheritance and interpolation), by their file. */
  private final Map<Path, Model> written = new LinkedHashMap<>();

  ModelDeclarations(MavenProject project, Path root) {
    this.effective = project.getModel();
    this.root = root;
    this.pom = project.getFile() == null ? null : normalize(project.getFile().toPath());
    for (MavenProject p = project; p != null; p = p.getParent()) {
      if (p.getFile() != null && p.getOriginalModel() != null)
        written.putIfAbsent(normalize(p.getFile().toPath()), p.getOriginalModel());
    }
  }

  /**
   * The declaration of the direct dependency {@code groupId:artifactId}; empty when the effective
   * model has none or it is declared outside the scanned tree (no place a user could change).
   */
  Optional<Declaration> of(String groupId, String artifactId) {
    Dependency declared = find(effective.getDependencies(), groupId, artifactId);
    if (declared == null) return Optional.empty();
    Optional<Location> at = inTree(declared.getLocation(""));
    return at.map(location -> new Declaration(location, versionSource(declared)));
  }

  private List<RelatedLocation> versionSource(Dependency declared) {
    InputLocation version = declared.getLocation("version");
    List<RelatedLocation> sources = new ArrayList<>();
    if (version == null) return sources;
    DependencyManagement management = effective.getDependencyManagement();
    Dependency managed =
        management == null
            ? null
            : find(management.getDependencies(), declared.getGroupId(), declared.getArtifactId());
    if (managed != null && samePlace(managed.getLocation("version"), version)) {
      add(sources, managed.getLocation(""), "version managed here (dependencyManagement)");
      sources.addAll(properties(version));
      sources.addAll(bomImport(managed.getLocation("")));
      return sources;
    }
    sources.addAll(properties(version));
    if (sources.isEmpty()) {
      boolean inherited = pom != null && !pom.equals(file(declared.getLocation("")));
      add(
          sources,
          version,
          inherited ? "version inherited from the parent POM" : "version declared here");
    }
    return sources;
  }

  /** The {@code <properties>} entries that the version element at {@code version} refers to. */
  private List<RelatedLocation> properties(InputLocation version) {
    List<RelatedLocation> sources = new ArrayList<>();
    writtenVersion(version).ifPresent(text -> addProperties(text, sources, 0));
    return sources;
  }

  private void addProperties(String text, List<RelatedLocation> sources, int depth) {
    InputLocation properties = effective.getLocation("properties");
    Matcher m = PROPERTY.matcher(text);
    while (m.find() && depth < MAX_PROPERTY_DEPTH) {
      String name = m.group(1);
      InputLocation at = properties == null ? null : properties.getLocation(name);
      if (at == null) continue; // a built-in such as project.version
      add(sources, at, "version from property `" + name + "`");
      Model model = written.get(file(at));
      String value = model == null ? null : model.getProperties().getProperty(name);
      if (value != null) addProperties(value, sources, depth + 1);
    }
  }

  /**
   * The import that brought a managed entry from a BOM outside the project's own POMs: where a
   * project changes the version.
   */
  private List<RelatedLocation> bomImport(InputLocation entry) {
    InputSource bom = entry == null ? null : entry.getSource();
    if (bom == null || bom.getModelId() == null || written.containsKey(file(entry)))
      return List.of();
    String[] id = bom.getModelId().split(":");
    if (id.length < 2) return List.of();
    List<RelatedLocation> sources = new ArrayList<>();
    for (Model model : written.values()) {
      DependencyManagement management = model.getDependencyManagement();
      if (management == null) continue;
      for (Dependency d : management.getDependencies()) {
        boolean group =
            id[0].equals(d.getGroupId()) || String.valueOf(d.getGroupId()).contains("${");
        if (!"import".equals(d.getScope()) || !group || !id[1].equals(d.getArtifactId())) continue;
        add(sources, d.getLocation(""), "version from the imported BOM " + bom.getModelId());
        if (d.getVersion() != null) addProperties(d.getVersion(), sources, 0);
      }
    }
    return sources;
  }

  /** The version as written at {@code version}, before interpolation. */
  private Optional<String> writtenVersion(InputLocation version) {
    Model model = written.get(file(version));
    if (model == null) return Optional.empty();
    List<Dependency> candidates = new ArrayList<>(model.getDependencies());
    if (model.getDependencyManagement() != null)
      candidates.addAll(model.getDependencyManagement().getDependencies());
    for (Dependency d : candidates) {
      if (samePlace(d.getLocation("version"), version)) return Optional.ofNullable(d.getVersion());
    }
    return Optional.empty();
  }

  private void add(List<RelatedLocation> sources, InputLocation at, String message) {
    Location location = location(at);
    if (location != null) sources.add(new RelatedLocation(location, message));
  }

  private Optional<Location> inTree(InputLocation at) {
    Path file = file(at);
    return file != null && file.startsWith(root) ? Optional.of(location(at)) : Optional.empty();
  }

  /**
   * The point Maven recorded, relative to the scan root (absolute outside it); null when unknown.
   */
  private Location location(InputLocation at) {
    Path file = file(at);
    if (file == null || at.getLineNumber() < 1) return null;
    String path = file.startsWith(root) ? root.relativize(file).toString() : file.toString();
    return new Location(path, at.getLineNumber(), Math.max(0, at.getColumnNumber()), 0, 0);
  }

  private static Path file(InputLocation at) {
    if (at == null || at.getSource() == null || at.getSource().getLocation() == null) return null;
    return normalize(Path.of(at.getSource().getLocation()));
  }

  private static boolean samePlace(InputLocation a, InputLocation b) {
    if (a == null || b == null) return false;
    return a.getLineNumber() == b.getLineNumber()
        && a.getColumnNumber() == b.getColumnNumber()
        && Objects.equals(file(a), file(b));
  }

  private static Dependency find(List<Dependency> dependencies, String groupId, String artifactId) {
    for (Dependency d : dependencies) {
      if (groupId.equals(d.getGroupId()) && artifactId.equals(d.getArtifactId())) return d;
    }
    return null;
  }

  private static Path normalize(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
