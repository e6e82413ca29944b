package io.github.sockcheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.testsupport.Markers;
import io.github.sockcheck.testsupport.SampleProjects;
import io.github.sockcheck.testsupport.SarifResults;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the real Maven plugin ({@code mvn compile sockcheck:verify}, through the installed plugin)
 * on every sample project under {@code testdata/} — the combination-rule cases inside and just
 * outside each range, and the demo with its Python sidecar — and compares the SARIF with the
 * project's {@code expect:} markers: every expected finding on its line, nothing else. The copies
 * lie inside this repository's work tree, so the source root is set to each copy.
 */
class SampleProjectsIT {

  private static final Path WORK = Path.of("target", "samples-it").toAbsolutePath();

  static Stream<Path> samples() {
    return SampleProjects.mavenProjects().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void pluginReportsExactlyTheMarkedFindings(Path sample) throws Exception {
    Path project = SampleProjects.copy(sample, WORK);
    Path log = project.resolve("build.log");
    int exit =
        maven(
            project,
            log,
            "compile",
            "io.github.sockcheck:sockcheck-maven-plugin:" + version() + ":verify",
            "-Dsockcheck.failOn=none",
            "-Dsockcheck.sourceRoot=" + project,
            "--fail-at-end");
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(
        0, exit, () -> "mvn failed for " + SampleProjects.name(sample) + ":\n" + tail(output));

    Path sarif = project.resolve("target/sockcheck.sarif");
    assertTrue(Files.isRegularFile(sarif), "no SARIF written: " + sarif);
    assertEquals(
        Markers.in(project),
        SarifResults.markers(sarif),
        () -> SampleProjects.name(sample) + ": findings differ from the markers\n" + tail(output));
  }

  private static int maven(Path project, Path log, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(mavenExecutable());
    command.addAll(List.of("-B", "-ntp", "-f", project.resolve("pom.xml").toString()));
    command.addAll(isolatedRepository());
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("mvn did not finish in 10 minutes for " + project);
    }
    return process.exitValue();
  }

  /**
   * The invoker's local repository, where invoker:install put this build's plugin, with the user's
   * repository as a file:// remote for everything else: parallel builds never share a SNAPSHOT.
   */
  private static List<String> isolatedRepository() throws java.io.IOException {
    String local = System.getProperty("sockcheck.it.localRepository");
    String user = System.getProperty("sockcheck.it.userRepository");
    if (local == null || user == null) return List.of();
    Path settings = WORK.resolve("settings.xml");
    Files.createDirectories(WORK);
    String url = Path.of(user).toUri().toString();
    String repository =
        "<id>local.central</id><url>"
            + url
            + "</url>"
            + "<releases><enabled>true</enabled></releases><snapshots><enabled>true</enabled></snapshots>";
    Files.writeString(
        settings,
        "<settings><profiles><profile><id>it-repo</id>"
            + "<activation><activeByDefault>true</activeByDefault></activation>"
            + "<repositories><repository>"
            + repository
            + "</repository></repositories>"
            + "<pluginRepositories><pluginRepository>"
            + repository
            + "</pluginRepository></pluginRepositories>"
            + "</profile></profiles></settings>",
        StandardCharsets.UTF_8);
    return List.of("-s", settings.toString(), "-Dmaven.repo.local=" + local);
  }

  private static String mavenExecutable() {
    String home = System.getProperty("maven.home");
    if (home != null && new File(home, "bin/mvn").canExecute())
      return new File(home, "bin/mvn").getPath();
    return "mvn";
  }

  private static String version() {
    return System.getProperty("sockcheck.version");
  }

  private static String tail(String text) {
    return text.length() <= 6000 ? text : text.substring(text.length() - 6000);
  }
}
