package io.github.sockcheck.bytecode.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Guard;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.flow.ProgramSites;
import io.github.sockcheck.core.index.CallPatternIndex;
import io.github.sockcheck.core.rules.CallMatch;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.Examples;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleKind;
import io.github.sockcheck.testsupport.RuleFolders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

  private static final Rule TAKE =
      new Rule(
          "take",
          RuleKind.CALL,
          "t",
          Severity.WARNING,
          Precision.HIGH,
          List.of("test"),
          null,
          Set.of("bytecode"),
          null,
          "{call}",
          "h",
          new Examples("java", "", ""),
          "f",
          "all",
          List.of(),
          new CallMatch(
              List.of(
                  new CallPattern(
                      Language.JAVA,
                      "p.Lib",
                      false,
                      "take",
                      List.of("int"),
                      null,
                      Map.of("fd", 0),
                      Map.of(),
                      List.of())),
              null),
          null,
          "test",
          List.of());

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
    assertEquals(expected, describe(takes.get(0).guards()), shape);
  }

  /** {@code OUTCOME:member+member} per guard, sorted; {@code -} for none. */
  static String describe(List<Guard> guards) {
    Set<String> out = new TreeSet<>();
    for (Guard g : guards) {
      Set<String> producers = new TreeSet<>();
      for (ArgFact.Value v : g.tested().values()) {
        if (v.origin() == ArgOrigin.CALL)
          producers.add(v.producedBy().substring(v.producedBy().indexOf('#') + 1));
        else if (v.origin() != ArgOrigin.CONSTANT && v.origin() != ArgOrigin.NULL)
          producers.add(v.origin().name().toLowerCase(Locale.ROOT));
      }
      out.add(g.outcome().name() + ":" + String.join("+", producers));
    }
    return out.isEmpty() ? "-" : String.join(" ", out);
  }
}
