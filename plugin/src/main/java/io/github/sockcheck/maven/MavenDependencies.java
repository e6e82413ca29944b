package io.github.sockcheck.maven;

import io.github.sockcheck.combination.PomLocator;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.RelatedLocation;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.project.MavenProject;

/**
 * Turns Maven's resolved artifacts into dependency facts: each with its trail to the direct
 * dependency that brings it in, and the {@code <dependency>} element (in this pom or a parent in
 * the same tree) where that direct dependency is declared.
 */
final class MavenDependencies {

  private final MavenProject project;
  private final Path root;
  private final PomLocator locator;

  MavenDependencies(MavenProject project, Path root) {
    this.project = project;
    this.root = root;
    this.locator = new PomLocator(root);
  }

  List<Dependency> convert(Collection<Artifact> artifacts) {
    List<Dependency> dependencies = new ArrayList<>();
    for (Artifact artifact : artifacts) {
      List<String> trail = trail(artifact);
      String[] direct = trail.get(0).split(":");
      Optional<Declaration> declared = declaration(direct[0], direct[1]);
      dependencies.add(
          new Dependency(
              "maven",
              artifact.getGroupId() + ":" + artifact.getArtifactId(),
              artifact.getBaseVersion(),
              null,
              artifact.getScope(),
              artifact.getFile() == null || !ProjectInputs.onClasspath(artifact)
                  ? null
                  : artifact.getFile().toPath(),
              trail,
              declared.map(Declaration::location).orElse(null),
              declared.map(Declaration::versionSource).orElse(List.of())));
    }
    dependencies.sort((a, b) -> (a.name() + a.version()).compareTo(b.name() + b.version()));
    return dependencies;
  }

  /** {@code g:a:v} of each artifact from the direct dependency down to this one. */
  private static List<String> trail(Artifact artifact) {
    List<String> ids = artifact.getDependencyTrail();
    List<String> trail = new ArrayList<>();
    if (ids != null) {
      // The first element is the project itself; the rest are
      // groupId:artifactId:type[:classifier]:version.
      for (String id : ids.subList(Math.min(1, ids.size()), ids.size())) {
        String[] parts = id.split(":");
        trail.add(parts[0] + ":" + parts[1] + ":" + parts[parts.length - 1]);
      }
    }
    if (trail.isEmpty()) {
      trail.add(
          artifact.getGroupId() + ":" + artifact.getArtifactId() + ":" + artifact.getBaseVersion());
    }
    return trail;
  }

  private record Declaration(Location location, List<RelatedLocation> versionSource) {}

  /**
   * Looks for the declaration in this module's pom, then in its parents that are in the same tree.
   */
  private Optional<Declaration> declaration(String groupId, String artifactId) {
    for (MavenProject p = project; p != null; p = p.getParent()) {
      File pom = p.getFile();
      if (pom == null || !pom.toPath().toAbsolutePath().normalize().startsWith(root)) break;
      Path pomPath = pom.toPath().toAbsolutePath().normalize();
      Optional<Location> location = locator.locateDependency(pomPath, groupId, artifactId);
      if (location.isPresent()) {
        return Optional.of(
            new Declaration(location.get(), locator.versionSource(pomPath, groupId, artifactId)));
      }
    }
    return Optional.empty();
  }
}
