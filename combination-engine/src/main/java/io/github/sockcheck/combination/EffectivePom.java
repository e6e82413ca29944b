package io.github.sockcheck.combination;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.RelatedLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Model;
import org.apache.maven.model.Parent;

/**
 * The parts of Maven's effective model sockcheck needs: properties along the parent chain,
 * interpolation that remembers which {@code <properties>} entries a value came from, and dependency
 * management from the POM, its parents and imported BOMs. Each value keeps the place it was
 * declared, so a finding can point at the property or managed entry that decides a version.
 */
final class EffectivePom {

  /**
   * A property value and where it is declared (null location for built-ins such as
   * project.version).
   */
  record Property(String value, RelatedLocation declared) {}

  /**
   * A value after interpolation; {@code sources} are the property declarations it used, outermost
   * first.
   */
  record Interpolated(String value, List<RelatedLocation> sources) {
    boolean complete() {
      return value != null && !value.contains("${");
    }
  }

  /** A managed version (already interpolated in the context that declares it) and its sources. */
  record Managed(String version, RelatedLocation entry, List<RelatedLocation> sources) {}

  /** A {@code <dependency>} element of this POM or one of its parents. */
  record Declared(Path file, Dependency dependency) {}

  private static final Pattern REF = Pattern.compile("\\$\\{([^}]+)}");
  private static final int MAX_DEPTH = 8;

  final Path file;
  final Model root;

  /** This POM first, then its parents. */
  final List<Path> chainFiles = new ArrayList<>();

  final List<Model> chain = new ArrayList<>();
  private final Map<String, Property> properties = new HashMap<>();
  private final Map<String, Managed> managed = new LinkedHashMap<>();
  private final PomFiles files;

  private EffectivePom(Path file, Model root, PomFiles files) {
    this.file = file;
    this.root = root;
    this.files = files;
  }

  static Optional<EffectivePom> of(Path pom, PomFiles files) {
    return of(pom, files, new HashSet<>());
  }

  private static Optional<EffectivePom> of(Path pom, PomFiles files, Set<Path> importing) {
    Optional<Model> root = files.load(pom);
    if (root.isEmpty()) return Optional.empty();
    EffectivePom effective = new EffectivePom(pom, root.get(), files);
    effective.buildChain();
    effective.collectProperties();
    importing.add(pom.toAbsolutePath().normalize());
    effective.collectManagement(importing);
    return Optional.of(effective);
  }

  private void buildChain() {
    Path current = file;
    Model element = root;
    Set<Path> seen = new HashSet<>();
    while (element != null && seen.add(current.toAbsolutePath().normalize()) && chain.size() < 20) {
      chainFiles.add(current);
      chain.add(element);
      Optional<Path> parent = files.parentOf(current, element);
      if (parent.isEmpty()) break;
      current = parent.get();
      element = files.load(current).orElse(null);
    }
  }

  private void collectProperties() {
    for (int i = chain.size() - 1; i >= 0; i--) { // parents first, children override
      Path f = chainFiles.get(i);
      InputLocation props = chain.get(i).getLocation("properties");
      chain
          .get(i)
          .getProperties()
          .forEach(
              (k, v) -> {
                String name = (String) k;
                InputLocation at = props == null ? null : props.getLocation(name);
                properties.put(
                    name,
                    new Property(
                        (String) v,
                        new RelatedLocation(
                            files.location(f, at, name), "version from property `" + name + "`")));
              });
    }
    String groupId = inherited("groupId");
    String version = inherited("version");
    builtIn("project.groupId", groupId);
    builtIn("pom.groupId", groupId);
    builtIn("project.artifactId", PomFiles.text(root.getArtifactId()));
    builtIn("project.version", version);
    builtIn("pom.version", version);
    builtIn("version", version);
    Parent parent = root.getParent();
    if (parent != null) {
      builtIn("project.parent.version", parent.getVersion());
      builtIn("project.parent.groupId", parent.getGroupId());
    }
    Path dir = file.toAbsolutePath().getParent();
    builtIn("project.basedir", dir.toString());
    builtIn("basedir", dir.toString());
  }

  private void builtIn(String name, String value) {
    if (value != null) properties.putIfAbsent(name, new Property(value, null));
  }

  /** groupId / version of the project, inherited from {@code <parent>} when absent. */
  String inherited(String name) {
    boolean group = name.equals("groupId");
    String own = PomFiles.text(group ? root.getGroupId() : root.getVersion());
    Parent parent = root.getParent();
    return own != null || parent == null ? own : group ? parent.getGroupId() : parent.getVersion();
  }

  private void collectManagement(Set<Path> importing) {
    List<Dependency> imports = new ArrayList<>();
    List<Path> importFiles = new ArrayList<>();
    for (int i = 0; i < chain.size(); i++) { // the nearest declaration wins
      Path f = chainFiles.get(i);
      DependencyManagement management = chain.get(i).getDependencyManagement();
      for (Dependency dep :
          management == null ? List.<Dependency>of() : management.getDependencies()) {
        Interpolated g = interpolate(PomFiles.text(dep.getGroupId()));
        Interpolated a = interpolate(PomFiles.text(dep.getArtifactId()));
        if (!g.complete() || !a.complete()) continue;
        if ("import".equals(dep.getScope()) && "pom".equals(dep.getType())) {
          imports.add(dep);
          importFiles.add(f);
          continue;
        }
        String key = g.value() + ":" + a.value();
        if (managed.containsKey(key)) continue;
        Interpolated v = interpolate(PomFiles.text(dep.getVersion()));
        if (v.value() == null) continue;
        managed.put(
            key,
            new Managed(
                v.value(),
                new RelatedLocation(
                    location(f, dep), "version managed here (dependencyManagement)"),
                v.sources()));
      }
    }
    for (int i = 0;
        i < imports.size();
        i++) { // imported BOMs come after the POM's own management, in order
      Dependency bom = imports.get(i);
      Interpolated g = interpolate(PomFiles.text(bom.getGroupId()));
      Interpolated a = interpolate(PomFiles.text(bom.getArtifactId()));
      Interpolated v = interpolate(PomFiles.text(bom.getVersion()));
      if (!v.complete()) continue;
      Optional<Path> bomFile = files.find(g.value(), a.value(), v.value());
      if (bomFile.isEmpty() || importing.contains(bomFile.get().toAbsolutePath().normalize()))
        continue;
      Optional<EffectivePom> imported = of(bomFile.get(), files, importing);
      // The import decides the version as much as the BOM's own entry: it is where a project
      // changes it.
      List<RelatedLocation> viaImport = new ArrayList<>();
      viaImport.add(
          new RelatedLocation(
              location(importFiles.get(i), bom),
              "version from the imported BOM " + g.value() + ":" + a.value() + ":" + v.value()));
      viaImport.addAll(v.sources());
      imported.ifPresent(
          b ->
              b.managed.forEach(
                  (key, m) -> {
                    List<RelatedLocation> sources = new ArrayList<>(m.sources());
                    sources.addAll(viaImport);
                    managed.putIfAbsent(key, new Managed(m.version(), m.entry(), sources));
                  }));
    }
  }

  /**
   * Replaces {@code ${name}} references, recording the declarations used; unknown ones stay as
   * written.
   */
  Interpolated interpolate(String value) {
    if (value == null) return new Interpolated(null, List.of());
    List<RelatedLocation> sources = new ArrayList<>();
    String current = value;
    for (int depth = 0; depth < MAX_DEPTH && current.contains("${"); depth++) {
      Matcher m = REF.matcher(current);
      StringBuilder out = new StringBuilder();
      boolean changed = false;
      while (m.find()) {
        Property p = lookup(m.group(1));
        if (p == null) {
          m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
          continue;
        }
        changed = true;
        if (p.declared() != null) sources.add(p.declared());
        m.appendReplacement(out, Matcher.quoteReplacement(p.value()));
      }
      m.appendTail(out);
      current = out.toString();
      if (!changed) break;
    }
    return new Interpolated(current, sources);
  }

  private Property lookup(String name) {
    return properties.get(name); // never the scanning JVM's system properties or environment
  }

  Optional<Managed> managed(String groupId, String artifactId) {
    return Optional.ofNullable(managed.get(groupId + ":" + artifactId));
  }

  Optional<Property> property(String name) {
    return Optional.ofNullable(properties.get(name));
  }

  /** The {@code <dependency>} elements of this POM and, inherited, of its parents. */
  List<Declared> dependencies() {
    List<Declared> out = new ArrayList<>();
    for (int i = 0; i < chain.size(); i++) {
      Path f = chainFiles.get(i);
      chain.get(i).getDependencies().forEach(d -> out.add(new Declared(f, d)));
    }
    return out;
  }

  /** The whole {@code <dependency>} element. */
  Location location(Path file, Dependency dependency) {
    return files.location(file, dependency.getLocation(""), "dependency");
  }
}
