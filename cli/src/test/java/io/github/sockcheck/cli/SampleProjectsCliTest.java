package io.github.sockcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.testsupport.Markers;
import io.github.sockcheck.testsupport.SampleProjects;
import io.github.sockcheck.testsupport.SarifResults;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {
              "scan",
              "--root",
              project.toString(),
              "--fail-on",
              "none",
              "--sarif",
              sarif.toString(),
              "--source-root",
              project.toString(),
              project.toString()
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(out, true, StandardCharsets.UTF_8));
    String output = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, output);
    assertEquals(
        Markers.in(project),
        SarifResults.markers(sarif),
        () -> SampleProjects.name(sample) + ": findings differ from the markers\n" + output);
  }
}
