package io.github.sockcheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.sockcheck.core.facts.Dependency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectInputsTest {

  @TempDir Path dir;

  /**
   * A dependency of type {@code pom} resolves to its pom file: it is no classpath entry (the source
   * engine warned "not a readable jar" for it) and no jar for the bytecode engine, but it is still
   * a dependency for the combination rules.
   */
  @Test
  void aPomTypeDependencyIsADependencyButNotOnTheClasspath() throws Exception {
    Artifact jar =
        artifact("lib", "jar", true, Files.writeString(dir.resolve("lib-1.0.jar"), "jar"));
    Artifact pom =
        artifact(
            "deps", "pom", false, Files.writeString(dir.resolve("deps-1.0.pom"), "<project/>"));
    MavenProject project = new MavenProject();
    project.setArtifacts(new LinkedHashSet<>(List.of(jar, pom)));
    ProjectInputs inputs = new ProjectInputs(project, dir, false, new SystemStreamLog());

    assertEquals(List.of(jar.getFile().toPath()), inputs.classpath());
    List<Dependency> dependencies = inputs.dependencies();
    assertEquals(List.of("g:deps", "g:lib"), dependencies.stream().map(Dependency::name).toList());
    assertNull(dependencies.get(0).file(), "a pom is not a jar to scan");
    assertEquals(jar.getFile().toPath(), dependencies.get(1).file());
  }

  private static Artifact artifact(String id, String type, boolean onClasspath, Path file) {
    DefaultArtifactHandler handler = new DefaultArtifactHandler(type);
    handler.setAddedToClasspath(onClasspath); // as Maven's own handlers for jar and pom say
    DefaultArtifact artifact = new DefaultArtifact("g", id, "1.0", "compile", type, null, handler);
    artifact.setFile(file.toFile());
    artifact.setDependencyTrail(List.of("it:project:jar:1", "g:" + id + ":" + type + ":1.0"));
    return artifact;
  }
}
