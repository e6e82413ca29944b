package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Guard;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.RulePack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
    RulePack pack =
        new RulePack(
            List.of(
                TestSupport.rule(
                    "take",
                    new CallPattern(
                        Language.JAVA,
                        "p.Lib",
                        false,
                        "take",
                        List.of("int"),
                        null,
                        Map.of("fd", 0),
                        Map.of(),
                        List.of()))));
    TestSupport.Sink sink = new TestSupport.Sink();
    new SourceEngine().run(TestSupport.context(root, pack, List.of(), 1), sink);
    List<CallSite> takes =
        sink.in("Shape.java").stream().filter(s -> s.member().equals("take")).toList();
    assertEquals(1, takes.size(), () -> shape + ": " + sink.sites + " " + sink.notes);
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
          producers.add(v.origin().name().toLowerCase(java.util.Locale.ROOT));
      }
      out.add(g.outcome().name() + ":" + String.join("+", producers));
    }
    return out.isEmpty() ? "-" : String.join(" ", out);
  }
}
