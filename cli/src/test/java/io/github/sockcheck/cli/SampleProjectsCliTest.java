package io.github.sockcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.testsupport.Markers;
import io.github.sockcheck.testsupport.SampleProjects;
import io.github.sockcheck.testsupport.SarifResults;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CLI on the same sample projects the Maven plugin's {@code SampleProjectsIT} builds, reading
 * their poms, sources and Python manifests without a build: it must report the same marked
 * findings. The copies lie inside this repository's work tree, so the source root is set to each
 * copy.
 */
class SampleProjectsCliTest {

  private static final Path WORK = Path.of("target", "samples-cli").toAbsolutePath();

  static Stream<Path> samples() {
    return SampleProjects.mavenProjects().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void cliReportsExactlyTheMarkedFindings(Path sample) throws Exception {
    Path project = SampleProjects.copy(sample, WORK);
    Path sarif = project.resolve("target/cli.sarif");
    CliRun r = CliRun.scanToSarif(project, sarif, "--source-root", project.toString());
    String output = r.printed();
    assertEquals(0, r.code(), output);
    assertEquals(
        Markers.in(project),
        SarifResults.markers(sarif),
        () -> SampleProjects.name(sample) + ": findings differ from the markers\n" + output);
  }
}
