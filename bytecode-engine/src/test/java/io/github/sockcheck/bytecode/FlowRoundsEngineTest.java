package io.github.sockcheck.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.engine.CollectingSink;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.match.CallMatcher;
import io.github.sockcheck.core.rules.RulePack;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's side of the analysis rounds: classes the pre-filter drops are analysed when the
 * solver needs them (the callers of a package-private method by method reference, the writers of a
 * field by field reference), and only then; findings depend on values that only those classes
 * supply.
 */
class FlowRoundsEngineTest {

  static final String OPENER =
      """
      package rounds;
      public class Opener {
        public interface Libc { int socket(int domain, int type, int protocol); }
        static int proto;
        void open(Libc libc, int protocol) {
          libc.socket(2, 3, protocol); // L:from-caller
        }
        void openWithField(Libc libc) {
          libc.socket(2, 3, proto); // L:from-field
        }
        void safe(Libc libc) {
          libc.socket(2, 3, 0);
        }
      }
      """;
  static final String CALLER =
      """
      package rounds;
      class Caller {
        void go(Opener o, Opener.Libc libc) { o.open(libc, -1); }
      }
      """;
  static final String CONFIGURER =
      """
      package rounds;
      class Configurer {
        static void configure() { Opener.proto = -1; }
      }
      """;
  static final String UNRELATED =
      """
      package rounds;
      class Unrelated {
        int f() { return 1; }
      }
      """;

  static Path work;
  static Path classes;
  static RulePack pack;

  @BeforeAll
  static void compile() throws Exception {
    work = Path.of("target/test-work/rounds").toAbsolutePath();
    Path src = work.resolve("src");
    FixtureCompiler.writeSource(src, "rounds/Opener.java", OPENER);
    FixtureCompiler.writeSource(src, "rounds/Caller.java", CALLER);
    FixtureCompiler.writeSource(src, "rounds/Configurer.java", CONFIGURER);
    FixtureCompiler.writeSource(src, "rounds/Unrelated.java", UNRELATED);
    classes =
        FixtureCompiler.compile(FixtureCompiler.javaFiles(src), List.of(), work.resolve("classes"));
    pack =
        TestContexts.pack(
            "test-rounds",
            String.join(
                "\n",
                "  calls:",
                "    - {owner: \"*\", member: socket, params: [int, int, int], roles: {protocol: 2}}",
                "  where: {arg: protocol, less-than: 0}"));
  }

  static int line(String marker) {
    String[] lines = OPENER.split("\n");
    for (int i = 0; i < lines.length; i++) if (lines[i].contains("// L:" + marker)) return i + 1;
    throw new IllegalArgumentException(marker);
  }

  @Test
  void valuesFromClassesThePrefilterDroppedReachTheCall() throws Exception {
    int before = BytecodeEngine.classesAnalysed();
    CollectingSink sink = new CollectingSink();
    new BytecodeEngine()
        .run(TestContexts.context(work, pack, List.of(), List.of(classes), List.of()), sink);
    int analysed = BytecodeEngine.classesAnalysed() - before;
    assertEquals(List.of(), sink.notifications());

    CallMatcher matcher = new CallMatcher(pack);
    Set<Integer> flagged = new TreeSet<>();
    for (CallSite site : sink.callSites())
      for (Finding f : matcher.match(site)) flagged.add(f.location().startLine());
    assertEquals(
        new TreeSet<>(List.of(line("from-caller"), line("from-field"))),
        flagged,
        "-1 comes from Caller (a caller of package-private open) and from Configurer (a writer of proto)");
    // Opener in the first round; Caller and Configurer because the solver asked for them; never
    // Unrelated.
    assertEquals(3, analysed, "classes analysed");
  }
}
