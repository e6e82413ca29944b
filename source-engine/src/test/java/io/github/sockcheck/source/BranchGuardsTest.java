package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.testsupport.FlowShapes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The branches the source engine reports as guards of {@code Lib.take(1)}, one statement shape per
 * line of {@code testdata/flow/branch-guards.txt}; the bytecode engine's CallGuardsTest reads the
 * same lines, so the two engines give {@code guarded-by} the same answers.
 */
class BranchGuardsTest {

  @TempDir Path root;

  static Stream<Arguments> shapes() throws IOException {
    String configured = System.getProperty("sockcheck.root");
    Path repo = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("..");
    List<Arguments> shapes = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            repo.resolve("testdata/flow/branch-guards.txt"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] parts = line.split(" \\| ");
      shapes.add(Arguments.of(parts[0].trim(), parts[1].trim(), parts[2].trim()));
    }
    return shapes.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void guardsOfTheCall(String shape, String body, String expected) throws Exception {
    TestSupport.write(
        root,
        "p/Lib.java",
        """
        package p;
        class Lib {
          static int take(int fd) { return fd; }
        }
        """);
    TestSupport.write(
        root,
        "p/Shape.java",
        """
        package p;
        class Shape {
          void run(boolean c, String[] args) {
            %s
          }
        }
        """
            .formatted(body));
    CallSite take = TestSupport.theTakeCallInShape(root, shape);
    assertEquals(expected, FlowShapes.describeGuards(take.guards()), shape);
  }
}
