package io.github.sockcheck.bytecode.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.flow.ProgramSites;
import io.github.sockcheck.core.index.CallPatternIndex;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.testsupport.EngineTestRules;
import io.github.sockcheck.testsupport.FlowShapes;
import io.github.sockcheck.testsupport.RuleFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The branches the bytecode engine reports as guards of {@code Lib.take(1)}, one statement shape
 * per line of {@code testdata/flow/branch-guards.txt}, which the source engine's BranchGuardsTest
 * reads too: both engines must give the same answers.
 */
class CallGuardsTest {

  static Stream<Arguments> shapes() throws IOException {
    List<Arguments> shapes = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            RuleFolders.repositoryRoot().resolve("testdata/flow/branch-guards.txt"),
            StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] parts = line.split(" \\| ");
      shapes.add(Arguments.of(parts[0].trim(), parts[1].trim(), parts[2].trim()));
    }
    return shapes.stream();
  }

  private static final Rule TAKE = EngineTestRules.callRule("take", "bytecode", FlowShapes.TAKE);

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void guardsOfTheCall(String shape, String body, String expected) throws Exception {
    CompiledProgram program =
        CompiledProgram.of(
            "guards",
            "p/Lib.java",
            """
            package p;
            class Lib {
              static int take(int fd) { return fd; }
            }
            """,
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
    List<CallSite> takes =
        ProgramSites.sites(program.solver, new CallPatternIndex(List.of(TAKE)), "bytecode").stream()
            .filter(s -> s.member().equals("take") && s.enclosing().startsWith("p.Shape#"))
            .toList();
    assertEquals(1, takes.size(), () -> shape + ": " + takes);
    assertEquals(expected, FlowShapes.describeGuards(takes.get(0).guards()), shape);
  }
}
