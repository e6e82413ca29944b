package io.github.sockcheck.maven;

import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.Ecosystem;
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
 * the same tree) where that direct dependency is declared, as Maven's effective model locates it.
 */
final class MavenDependencies {

  private final ModelDeclarations declarations;

  MavenDependencies(MavenProject project, Path root) {
    this.declarations = new ModelDeclarations(project, root);
  }

  List<Dependency> convert(Collection<Artifact> artifacts) {
    List<Dependency> dependencies = new ArrayList<>();
    for (Artifact artifact : artifacts) {
      List<String> trail = trail(artifact);
      String[] direct = trail.get(0).split(":");
      Optional<ModelDeclarations.Declaration> declared = declarations.of(direct[0], direct[1]);
      dependencies.add(
          new Dependency(
              Ecosystem.MAVEN.id(),
              artifact.getGroupId() + ":" + artifact.getArtifactId(),
              artifact.getBaseVersion(),
              null,
              artifact.getScope(),
              artifact.getFile() == null || !ProjectInputs.onClasspath(artifact)
                  ? null
                  : artifact.getFile().toPath(),
              trail,
              declared.map(ModelDeclarations.Declaration::declaredAt).orElse(null),
              declared.map(ModelDeclarations.Declaration::versionSource).orElse(List.of()),
              null));
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
}
