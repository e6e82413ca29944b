package io.github.sockcheck.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.engine.CollectingSink;
import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ResultUse;
import io.github.sockcheck.core.rules.RulePack;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Compiles a small class with javac and checks the call-site facts the engine extracts from it. */
class CallSiteExtractionTest {

  static final String SOURCE =
      """
      package demo.calls;

      import java.net.InetAddress;
      import java.net.StandardProtocolFamily;
      import java.nio.channels.Channel;
      import java.nio.channels.DatagramChannel;
      import java.nio.channels.ServerSocketChannel;

      public class Sample {
        public interface Libc { int socket(int domain, int type, int protocol); }
        static final int AF_INET = 2;
        static final Integer BOXED = Integer.valueOf(7);
        private int fdField;
        private DatagramChannel shared;

        void constants(Libc libc, int param) {
          libc.socket(2, 3, -1); // L:literals
          libc.socket(AF_INET, param, fdField); // L:mixed
          libc.socket(Integer.parseInt("1"), BOXED, 0); // L:call
        }

        void viaLocal() throws Exception {
          DatagramChannel ch = DatagramChannel.open(); // L:open-local
          if (ch.isOpen()) {
            ch.join(InetAddress.getByName("224.0.0.1"), null); // L:join-local
          }
        }

        void viaField() throws Exception {
          shared = DatagramChannel.open(); // L:open-field
        }

        void laterUse() throws Exception {
          shared.join(InetAddress.getByName("224.0.0.2"), null); // L:join-field
        }

        void unused() throws Exception {
          DatagramChannel.open(StandardProtocolFamily.INET); // L:enum
          Object nothing = null;
          DatagramChannel.open(null); // L:null
        }

        boolean casts() throws Exception {
          Channel inherited = System.inheritedChannel(); // L:inherited
          if (inherited instanceof ServerSocketChannel) return true;
          return ((DatagramChannel) inherited).isOpen();
        }

        Object construct(java.net.Proxy proxy) {
          return new java.net.Socket( // L:new
              proxy);
        }
      }
      """;

  static final String RULES =
      """
        calls:
          - {owner: "*", member: socket, params: [int, int, int], roles: {domain: 0, type: 1, protocol: 2}}
          - {owner: java.nio.channels.DatagramChannel, member: open}
          - {owner: java.lang.System, member: inheritedChannel}
          - {owner: java.net.Socket, member: <init>, params: [java.net.Proxy]}
      """;

  static List<CallSite> sites;

  /**
   * Once for the class: one SpotBugs run takes 15-20 s cold and 1-3 s warm on a shared machine, too
   * much to repeat for each of these tests. (PIT therefore credits the extraction to the first test
   * only.)
   */
  @BeforeAll
  static void scan() throws Exception {
    Path work = Path.of("target/test-work/extraction").toAbsolutePath();
    Path src = work.resolve("src");
    FixtureCompiler.writeSource(src, "demo/calls/Sample.java", SOURCE);
    Path classes =
        FixtureCompiler.compile(FixtureCompiler.javaFiles(src), List.of(), work.resolve("classes"));
    RulePack pack = TestContexts.pack("test-calls", RULES);
    CollectingSink sink = new CollectingSink();
    new BytecodeEngine()
        .run(TestContexts.context(work, pack, List.of(src), List.of(classes), List.of()), sink);
    assertEquals(List.of(), sink.notifications());
    sites = List.copyOf(sink.callSites());
  }

  static int line(String marker) {
    String[] lines = SOURCE.split("\n");
    for (int i = 0; i < lines.length; i++) if (lines[i].contains("// L:" + marker)) return i + 1;
    throw new IllegalArgumentException(marker);
  }

  static CallSite at(String marker) {
    int line = line(marker);
    List<CallSite> found = sites.stream().filter(s -> s.location().startLine() == line).toList();
    assertEquals(1, found.size(), () -> "one call site at line " + line + " in " + describe());
    return found.get(0);
  }

  static String describe() {
    return sites.stream()
        .map(s -> s.owner() + "#" + s.member() + "@" + s.location())
        .collect(Collectors.joining(", "));
  }

  @Test
  void onlyPatternCallsAreExtractedWithSourcePathAndEnclosingMethod() {
    assertEquals(9, sites.size(), SampleOutput.describe(sites));
    CallSite first = at("literals");
    assertEquals(
        "demo/calls/Sample.java",
        first.location().path(),
        "the class file's view; the scan maps it");
    assertEquals("demo.calls.Sample#constants", first.enclosing());
    assertEquals("demo.calls.Sample$Libc", first.owner());
    assertEquals("socket", first.member());
    assertEquals(List.of("int", "int", "int"), first.paramTypes());
    assertEquals("int", first.returnType());
    assertEquals("bytecode", first.engine());
  }

  @Test
  void integerLiteralsAreConstants() {
    List<ArgFact> args = at("literals").args();
    assertEquals(List.of(2L, 3L, -1L), args.stream().map(ArgFact::intValue).toList());
    assertTrue(args.stream().allMatch(a -> a.origin() == ArgOrigin.CONSTANT));
  }

  @Test
  void inlinedConstantParameterAndField() {
    List<ArgFact> args = at("mixed").args();
    assertEquals(ArgOrigin.CONSTANT, args.get(0).origin());
    assertEquals(2L, args.get(0).intValue());
    assertNull(args.get(0).constantName(), "javac inlines static final int constants");
    assertEquals(ArgOrigin.PARAMETER, args.get(1).origin());
    assertEquals(ArgOrigin.FIELD, args.get(2).origin());
  }

  @Test
  void callResultsNameTheirProducer() {
    List<ArgFact> args = at("call").args();
    assertEquals(ArgOrigin.CALL, args.get(0).origin());
    assertEquals("java.lang.Integer#parseInt", args.get(0).producedBy());
    // OpcodeStack models boxing: BOXED.intValue() of a static final Integer.valueOf(7) is the
    // constant 7
    assertEquals(7L, args.get(1).intValue(), args.get(1).toString());
  }

  @Test
  void enumConstantsAndNullLiterals() {
    ArgFact family = at("enum").args().get(0);
    assertEquals(ArgOrigin.CONSTANT, family.origin());
    assertEquals("java.net.StandardProtocolFamily.INET", family.constantName());
    assertEquals(List.of("java.net.ProtocolFamily"), at("enum").paramTypes());
    assertEquals(ArgOrigin.NULL, at("null").args().get(0).origin());
    assertTrue(at("enum").resultUses().isEmpty());
  }

  @Test
  void resultUsedThroughLocalAcrossBranch() {
    CallSite open = at("open-local");
    assertEquals(List.of(), open.args());
    List<String> uses = open.resultUses().stream().map(ResultUse::member).toList();
    assertTrue(uses.contains("join"), uses.toString());
    assertTrue(uses.contains("isOpen"), uses.toString());
    ResultUse join =
        open.resultUses().stream().filter(u -> u.member().equals("join")).findFirst().orElseThrow();
    assertEquals("java.nio.channels.DatagramChannel", join.owner());
    assertEquals(line("join-local"), join.location().startLine());
  }

  @Test
  void resultUsedThroughFieldInAnotherMethod() {
    CallSite open = at("open-field");
    List<ResultUse> uses = open.resultUses();
    assertEquals(1, uses.size(), uses.toString());
    assertEquals("join", uses.get(0).member());
    assertEquals(line("join-field"), uses.get(0).location().startLine());
  }

  @Test
  void castsAndInstanceofTestsOfTheResult() {
    CallSite inherited = at("inherited");
    assertEquals(
        java.util.Set.of(
            "java.nio.channels.ServerSocketChannel", "java.nio.channels.DatagramChannel"),
        inherited.resultCasts());
  }

  @Test
  void constructorIsReportedAtTheLineOfNewWithSupertypes() {
    CallSite created = at("new");
    assertEquals("<init>", created.member());
    assertEquals("java.net.Socket", created.owner());
    assertEquals(List.of("java.net.Proxy"), created.paramTypes());
    assertEquals("void", created.returnType());
    assertTrue(
        created.ownerSupertypes().contains("java.io.Closeable"),
        created.ownerSupertypes().toString());
    assertEquals(ArgOrigin.PARAMETER, created.args().get(0).origin());
  }

  @Test
  void unrelatedCallsAreNotSites() {
    assertEquals(
        List.of("<init>", "inheritedChannel", "open", "socket"),
        sites.stream().map(CallSite::member).distinct().sorted().toList(),
        "only the pattern members are sites");
    assertFalse(
        sites.stream()
            .anyMatch(s -> s.member().equals("isOpen") || s.member().equals("getByName")));
  }

  /** Readable dump for assertion messages. */
  static final class SampleOutput {
    static String describe(List<CallSite> sites) {
      return sites.stream()
          .map(s -> s.owner() + "#" + s.member() + "@" + s.location().startLine() + s.args())
          .collect(Collectors.joining("\n"));
    }
  }
}
