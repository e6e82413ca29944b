package io.github.sockcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.testsupport.RuleFolders;
import io.github.sockcheck.testsupport.SarifResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI on a tree of several projects side by side: each project's combination facts stay its
 * own. A Maven project's Jetty dependency and code use never meet its neighbour's Java 11, and a
 * Python service's gevent worker never meets its neighbour's gunicorn.
 */
class SideBySideProjectsTest {

  private static final String JETTY_RULE = "jetty-unixdomain-connector-java-before-16";
  private static final Path JETTY_CASES =
      RuleFolders.repositoryRoot().resolve("testdata/rules").resolve(JETTY_RULE);

  @TempDir Path tree;

  @Test
  void aMavenProjectsDependencyAndCodeNeverMeetItsNeighboursRelease() throws Exception {
    copy(JETTY_CASES.resolve("release-17"), tree.resolve("gateway"));
    pom(tree.resolve("legacy"), "11");
    assertEquals(Set.of(), scan(), "gateway targets 17; legacy's 11 is not gateway's");

    copy(JETTY_CASES.resolve("release-11"), tree.resolve("old-gateway"));
    assertEquals(Set.of("old-gateway/pom.xml:14 " + JETTY_RULE), scan());
  }

  @Test
  void aPythonServicesWorkerNeverMeetsItsNeighboursGunicorn() throws Exception {
    write("web/requirements.txt", "gunicorn==21.2.0\n");
    write("web/.python-version", "3.11\n");
    write("web/Procfile", "web: gunicorn -k sync app:app\n");
    write("jobs/requirements.txt", "gevent==23.9.1\n");
    write("jobs/Procfile", "web: gunicorn -k gevent jobs:app\n");
    assertEquals(Set.of(), scan());
  }

  private Set<String> scan() throws Exception {
    Path sarif = tree.resolve("out.sarif");
    CliRun r = CliRun.scanToSarif(tree, sarif);
    assertEquals(0, r.code(), r.printed());
    return SarifResults.markers(sarif).stream()
        .map(Object::toString)
        .collect(java.util.stream.Collectors.toSet());
  }

  private void pom(Path dir, String release) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("pom.xml"),
        "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
            + "  <modelVersion>4.0.0</modelVersion>\n  <groupId>t</groupId><artifactId>legacy</artifactId><version>1</version>\n"
            + "  <properties><maven.compiler.release>"
            + release
            + "</maven.compiler.release></properties>\n</project>\n");
  }

  private void write(String path, String text) throws IOException {
    Path f = tree.resolve(path);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) Files.createDirectories(target);
        else Files.copy(source, target);
      }
    }
  }
}
