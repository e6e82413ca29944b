package io.github.sockcheck.bytecode.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.flow.Access;
import io.github.sockcheck.core.flow.CallFact;
import io.github.sockcheck.core.flow.ClassFacts;
import io.github.sockcheck.core.flow.FlowSolver.CallRef;
import io.github.sockcheck.core.flow.MethodFacts;
import io.github.sockcheck.core.flow.TypeRef;
import io.github.sockcheck.core.flow.TypeTest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bytecode front end, one flow shape per test: classes compiled in the test, their facts
 * solved, the answers (origins of an argument, uses and casts of a result, type references)
 * checked.
 */
class ClassFactsExtractorTest {

  static final String LIBC =
      """
      package flow;
      public interface Libc {
        int socket(int domain, int type, int protocol);
      }
      """;

  static final String SINK =
      """
      package flow;
      public final class Sink {
        public static native void fromFD(int fd);
        public static native void log(String what);
      }
      """;

  static final String REACHING =
      """
      package flow;
      class Reaching {
        void oneBranch(Libc libc, boolean x) {
          int fd = -1;
          if (x) fd = libc.socket(1, 1, 0);
          Sink.fromFD(fd);
        }
        void laterParse(Libc libc, boolean x, boolean y, String env) {
          int fd = -1;
          if (x) fd = libc.socket(1, 1, 0);
          if (y) fd = Integer.parseInt(env);
          Sink.fromFD(fd);
        }
        void killed(Libc libc) {
          int fd = -1;
          fd = libc.socket(1, 1, 0);
          Sink.fromFD(fd);
        }
        void killedOnBothBranches(Libc libc, boolean x) {
          int fd = -1;
          if (x) fd = libc.socket(1, 1, 0); else fd = libc.socket(10, 1, 0);
          Sink.fromFD(fd);
        }
        void loop(Libc libc, int n) {
          int fd = -1;
          for (int i = 0; i < n; i++) fd = libc.socket(1, 1, 0);
          Sink.fromFD(fd);
        }
        void retry(Libc libc) {
          int fd = -1;
          while (fd < 0) fd = libc.socket(1, 1, 0);
          Sink.fromFD(fd);
        }
        void tryCatch(Libc libc) {
          int fd = -1;
          try {
            fd = libc.socket(1, 1, 0);
          } catch (RuntimeException e) {
            Sink.log("failed");
          } finally {
            Sink.log("done");
          }
          Sink.fromFD(fd);
        }
        void caught(Libc libc) {
          int fd;
          try {
            fd = libc.socket(1, 1, 0);
          } catch (RuntimeException e) {
            fd = 3;
          }
          Sink.fromFD(fd);
        }
        void choose(Libc libc, int k) {
          int fd;
          switch (k) {
            case 1: fd = 3; break;
            case 2: fd = libc.socket(1, 1, 0); break;
            default: fd = -1;
          }
          Sink.fromFD(fd);
        }
        void ternary(Libc libc, boolean x) {
          Sink.fromFD(x ? 3 : libc.socket(1, 1, 0));
        }
        void arithmetic(int a) {
          Sink.fromFD(a + 1);
        }
        void guarded(Libc libc, boolean x) {
          int fd = x ? 3 : libc.socket(1, 1, 0);
          if (fd == 3) Sink.fromFD(fd);
        }
        void guardedElse(Libc libc, boolean x) {
          int fd = x ? 3 : libc.socket(1, 1, 0);
          if (fd != 3) Sink.log("other"); else Sink.fromFD(fd);
        }
        void guardedZero(Libc libc, boolean x, boolean y) {
          int fd = x ? 0 : libc.socket(1, 1, 0);
          if (y && fd == 0) Sink.fromFD(fd);
        }
        void guardOr(Libc libc, boolean x, boolean y) {
          int fd = x ? 3 : libc.socket(1, 1, 0);
          if (y || fd == 3) Sink.fromFD(fd);
        }
        void afterGuard(Libc libc, boolean x) {
          int fd = x ? 3 : libc.socket(1, 1, 0);
          if (fd == 3) Sink.log("three");
          Sink.fromFD(fd);
        }
        void reassignedAfterGuard(Libc libc, boolean x, boolean y) {
          int fd = x ? 3 : libc.socket(1, 1, 0);
          if (fd == 3) {
            if (y) fd = -1;
            Sink.fromFD(fd);
          }
        }
      }
      """;

  static CompiledProgram reaching;

  @BeforeAll
  static void compile() throws Exception {
    reaching = withLibcAndSink("reaching", "flow/Reaching.java", REACHING);
  }

  /** Compiles {@code source} at {@code path} with {@code flow.Libc} and {@code flow.Sink}. */
  static CompiledProgram withLibcAndSink(String name, String path, String source) throws Exception {
    return CompiledProgram.of(name, "flow/Libc.java", LIBC, "flow/Sink.java", SINK, path, source);
  }

  /** The first call of {@code Sink.fromFD} in a method whose name starts with {@code prefix}. */
  static CallRef fromFDInMethodNamed(CompiledProgram p, String prefix) {
    return p.solver.calls().stream()
        .filter(c -> c.method().name().startsWith(prefix) && c.fact().member().equals("fromFD"))
        .findFirst()
        .orElseThrow();
  }

  static Set<String> set(String... values) {
    return new TreeSet<>(List.of(values));
  }

  /**
   * Asserts the origins of {@code fromFD}'s argument in {@code method} of {@code Reaching.java}.
   */
  private static void assertReachingFromFD(String method, String... origins) {
    assertEquals(set(origins), reaching.origins("flow.Reaching", method, "fromFD", 0), method);
  }

  @Test
  void bothDefinitionsReachAUseAfterAnIf() {
    assertReachingFromFD("oneBranch", "-1", "call socket");
  }

  @Test
  void aLaterAssignmentOnOnePathAddsItsOrigin() {
    assertReachingFromFD("laterParse", "-1", "call socket", "call parseInt");
  }

  @Test
  void anAssignmentOnEveryPathKillsTheEarlierValue() {
    assertReachingFromFD("killed", "call socket");
    assertReachingFromFD("killedOnBothBranches", "call socket");
  }

  @Test
  void loopsKeepTheValueBeforeTheLoop() {
    assertReachingFromFD("loop", "-1", "call socket");
    assertReachingFromFD("retry", "-1", "call socket");
  }

  @Test
  void exceptionHandlersSeeTheValuesOfTheProtectedCode() {
    // socket() may throw before the store: the handler and the code after it still see -1.
    assertReachingFromFD("tryCatch", "-1", "call socket");
    assertReachingFromFD("caught", "3", "call socket");
  }

  @Test
  void switchAndTernary() {
    assertReachingFromFD("choose", "-1", "3", "call socket");
    assertReachingFromFD("ternary", "3", "call socket");
  }

  @Test
  void aComparisonWithAConstantPinsTheValueOnItsEqualBranch() {
    assertReachingFromFD("guarded", "3");
    assertReachingFromFD("guardedElse", "3");
    assertReachingFromFD("guardedZero", "0"); // ifne: compared with 0
  }

  @Test
  void aComparisonPinsNothingWhereTheCallIsReachedAnotherWay() {
    assertReachingFromFD("guardOr", "3", "call socket");
    assertReachingFromFD("afterGuard", "3", "call socket");
    assertReachingFromFD("reassignedAfterGuard", "-1", "3", "call socket");
  }

  @Test
  void arithmeticIsUnknownAndConstantsAreLongs() {
    assertReachingFromFD("arithmetic", "unknown");
    CallRef socket = reaching.call("flow.Reaching", "killed", "socket");
    assertEquals(set("1"), CompiledProgram.describe(reaching.solver.argumentOrigins(socket, 0)));
    assertEquals(
        new io.github.sockcheck.core.flow.Origin.Constant(0L, null),
        reaching.solver.argumentOrigins(socket, 2).first());
  }

  @Test
  void callFactsCarryOwnerKindLineAndSignature() {
    CallFact socket = reaching.call("flow.Reaching", "killed", "socket").fact();
    assertEquals("flow.Libc", socket.owner());
    assertEquals(CallFact.Kind.VIRTUAL, socket.kind());
    assertEquals(List.of("int", "int", "int"), socket.paramTypes());
    assertEquals("int", socket.returnType());
    assertEquals("flow/Reaching.java", socket.location().path());
    assertEquals(lineOf(REACHING, "void killed(Libc libc)") + 2, socket.location().startLine());
    CallFact parse = reaching.call("flow.Reaching", "laterParse", "parseInt").fact();
    assertEquals(CallFact.Kind.STATIC, parse.kind());
    assertTrue(
        parse.ownerSupertypes().contains("java.lang.Number"), parse.ownerSupertypes().toString());
  }

  @Test
  void classAndMethodDeclarations() {
    ClassFacts c = reaching.classNamed("flow.Reaching");
    assertEquals("java.lang.Object", c.superName());
    assertEquals(Access.PACKAGE, c.access());
    assertEquals("flow/Reaching.java", c.sourcePath());
    MethodFacts oneBranch =
        c.methods().stream().filter(m -> m.name().equals("oneBranch")).findFirst().orElseThrow();
    assertEquals(List.of("flow.Libc", "boolean"), oneBranch.paramTypes());
    assertEquals("void", oneBranch.returnType());
    assertFalse(oneBranch.isStatic());
    assertFalse(oneBranch.synthetic());
  }

  // --- across methods and classes
  // ------------------------------------------------------------------

  static final String CAPTURES =
      """
      package flow;
      class Captures {
        Runnable lambda(Libc libc) {
          int fd = libc.socket(1, 1, 0);
          return () -> Sink.fromFD(fd);
        }
        Runnable anonymous(Libc libc) {
          int fd = libc.socket(2, 1, 0);
          return new Runnable() {
            @Override public void run() { Sink.fromFD(fd); }
          };
        }
        java.util.function.IntConsumer notCaptured() {
          return fd -> Sink.fromFD(fd);
        }
      }
      """;

  static final String FIELDS =
      """
      package flow;
      class Holder {
        static int shared;
        int own;
        private int fd;
        Holder(Libc libc) { fd = libc.socket(1, 1, 0); }
        int fd() { return fd; }
      }
      class Writer {
        void write(Libc libc, Holder h) {
          Holder.shared = libc.socket(1, 1, 0);
          h.own = 7;
        }
      }
      class Reader {
        void read(Holder h) {
          Sink.fromFD(Holder.shared);
          Sink.fromFD(h.own);
          Sink.fromFD(h.fd());
        }
      }
      class Base {
        Base(int fd) { Sink.fromFD(fd); }
      }
      class Sub extends Base {
        Sub(Libc libc) { super(libc.socket(1, 1, 0)); }
      }
      """;

  @Test
  void aLambdaBodySeesTheValuesItCaptured() throws Exception {
    CompiledProgram p = withLibcAndSink("captures", "flow/Captures.java", CAPTURES);
    CallRef inLambda = fromFDInMethodNamed(p, "lambda$lambda$");
    assertTrue(inLambda.method().synthetic());
    assertEquals(
        set("call socket"), CompiledProgram.describe(p.solver.argumentOrigins(inLambda, 0)));
    CallFact link = p.call("flow.Captures", "lambda", inLambda.method().name()).fact();
    assertEquals(CallFact.Kind.LAMBDA, link.kind());
    // A lambda's own parameter comes from whoever calls the functional interface: outside.
    CallRef own = fromFDInMethodNamed(p, "lambda$notCaptured$");
    assertEquals(set("param"), CompiledProgram.describe(p.solver.argumentOrigins(own, 0)));
  }

  @Test
  void anAnonymousClassSeesTheValuesItCapturedThroughItsSyntheticField() throws Exception {
    CompiledProgram p = withLibcAndSink("anonymous", "flow/Captures.java", CAPTURES);
    assertEquals(set("call socket"), p.origins("flow.Captures$1", "run", "fromFD", 0));
    assertEquals("flow.Captures#anonymous/1", p.classNamed("flow.Captures$1").enclosingMethod());
  }

  @Test
  void fieldsGettersAndSuperConstructorsAcrossClasses() throws Exception {
    CompiledProgram p = withLibcAndSink("fields", "flow/Holder.java", FIELDS);
    List<CallRef> reads = p.calls("flow.Reader", "read", "fromFD");
    assertEquals(3, reads.size());
    assertEquals(
        set("call socket"),
        CompiledProgram.describe(p.solver.argumentOrigins(reads.get(0), 0)),
        "static field");
    assertEquals(
        set("7"),
        CompiledProgram.describe(p.solver.argumentOrigins(reads.get(1), 0)),
        "instance field");
    assertEquals(
        set("call socket"),
        CompiledProgram.describe(p.solver.argumentOrigins(reads.get(2), 0)),
        "getter");
    assertEquals(set("call socket"), p.origins("flow.Base", "<init>", "fromFD", 0), "super(...)");
    CallFact superCall = p.call("flow.Sub", "<init>", "<init>").fact();
    assertEquals(CallFact.Kind.SUPER_CONSTRUCTOR, superCall.kind());
    assertEquals("flow.Base", superCall.owner());
  }

  // --- channels: fluent calls, casts, type references
  // ------------------------------------------------

  static final String CHANNELS =
      """
      package flow;
      import java.net.InetAddress;
      import java.net.NetworkInterface;
      import java.net.StandardProtocolFamily;
      import java.net.StandardSocketOptions;
      import java.nio.channels.Channel;
      import java.nio.channels.DatagramChannel;
      import java.nio.channels.ServerSocketChannel;
      import java.util.function.Supplier;
      class Channels {
        void fluent(InetAddress group, NetworkInterface nif) throws Exception {
          DatagramChannel.open().bind(null).setOption(StandardSocketOptions.SO_REUSEADDR, true).join(group, nif);
        }
        void notFluent(InetAddress group, NetworkInterface nif) throws Exception {
          DatagramChannel ch = DatagramChannel.open();
          ch.configureBlocking(false);
          ch.join(group, nif);
        }
        boolean casts() throws Exception {
          Channel inherited = System.inheritedChannel();
          if (inherited instanceof ServerSocketChannel server) return server.isOpen();
          return ((DatagramChannel) inherited).isOpen();
        }
        Object family() throws Exception {
          return DatagramChannel.open(StandardProtocolFamily.INET);
        }
        Object literal() {
          return describe(DatagramChannel.class);
        }
        static Object describe(Class<?> type) { return type; }
        Supplier<StringBuilder> reference() {
          return StringBuilder::new;
        }
        Object created(java.net.Proxy proxy) {
          return new java.net.Socket(
              proxy);
        }
      }
      """;

  static CompiledProgram channels() throws Exception {
    return CompiledProgram.of("channels", "flow/Channels.java", CHANNELS);
  }

  @Test
  void fluentCallsKeepTheChannelAndConfigureBlockingEndsIt() throws Exception {
    CompiledProgram p = channels();
    assertEquals(
        List.of("bind", "setOption", "join"), p.uses(p.call("flow.Channels", "fluent", "open")));
    // configureBlocking returns the channel too (AbstractSelectableChannel), but the join here is
    // on the local
    List<String> uses = p.uses(p.call("flow.Channels", "notFluent", "open"));
    assertTrue(uses.contains("configureBlocking") && uses.contains("join"), uses.toString());
  }

  @Test
  void castsInstanceofAndPatternsOfAResult() throws Exception {
    CompiledProgram p = channels();
    Set<String> casts =
        p.solver.casts(p.call("flow.Channels", "casts", "inheritedChannel")).stream()
            .map(TypeTest::type)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(
        set("java.nio.channels.DatagramChannel", "java.nio.channels.ServerSocketChannel"), casts);
    assertEquals(
        List.of("isOpen", "isOpen"), p.uses(p.call("flow.Channels", "casts", "inheritedChannel")));
  }

  @Test
  void libraryEnumConstantsAreNamedConstants() throws Exception {
    CompiledProgram p = channels();
    assertEquals(
        set("java.net.StandardProtocolFamily.INET"),
        p.origins("flow.Channels", "family", "open", 0));
    assertEquals(
        List.of("java.net.ProtocolFamily"),
        p.call("flow.Channels", "family", "open").fact().paramTypes());
  }

  @Test
  void classLiteralsAndConstructorReferencesAreTypeReferences() throws Exception {
    CompiledProgram p = channels();
    assertEquals(
        set("java.nio.channels.DatagramChannel.class"),
        p.origins("flow.Channels", "literal", "describe", 0));
    Set<String> refs =
        p.facts.stream()
            .flatMap(c -> c.methods().stream())
            .flatMap(m -> m.typeRefs().stream())
            .map(r -> r.kind() + " " + r.type())
            .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(refs.contains("CLASS_LITERAL java.nio.channels.DatagramChannel"), refs.toString());
    assertTrue(refs.contains("METHOD_REFERENCE java.lang.StringBuilder"), refs.toString());
    assertTrue(refs.contains("INSTANCEOF java.nio.channels.ServerSocketChannel"), refs.toString());
    assertTrue(refs.contains("CAST java.nio.channels.DatagramChannel"), refs.toString());
    TypeRef literal =
        p.facts.stream()
            .flatMap(c -> c.methods().stream())
            .flatMap(m -> m.typeRefs().stream())
            .filter(r -> r.kind() == TypeRef.Kind.CLASS_LITERAL)
            .findFirst()
            .orElseThrow();
    assertEquals(
        lineOf(CHANNELS, "describe(DatagramChannel.class)"), literal.location().startLine());
  }

  @Test
  void aConstructorCallIsAtTheLineOfNewAndItsResultIsTheNewObject() throws Exception {
    CompiledProgram p = channels();
    CallRef created = p.call("flow.Channels", "created", "<init>");
    assertEquals(CallFact.Kind.CONSTRUCTOR, created.fact().kind());
    assertEquals(
        lineOf(CHANNELS, "return new java.net.Socket("), created.fact().location().startLine());
    assertTrue(created.fact().ownerSupertypes().contains("java.io.Closeable"));
    MethodFacts method = created.method();
    assertTrue(
        method.returns().stream()
            .anyMatch(
                r ->
                    method.nodes().get(r)
                            instanceof io.github.sockcheck.core.flow.ValueNode.CallResult cr
                        && cr.call() == created.call()));
  }

  static final String MODERN =
      """
      package flow;
      class Modern {
        sealed interface Msg permits Fd, Text {}
        record Fd(int fd) implements Msg {}
        record Text(String s) implements Msg {}
        void handle(Msg m) {
          switch (m) {
            case Fd(int fd) -> Sink.fromFD(fd);
            case Text(var _) -> Sink.log("text");
          }
        }
      }
      """;

  @Test
  void java25ClassFiles() throws Exception {
    java.nio.file.Path javac25 =
        java.nio.file.Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/javac");
    if (!java.nio.file.Files.isExecutable(javac25)) {
      System.out.println("[skipped] java25ClassFiles: no JDK 25 javac at " + javac25);
      org.junit.jupiter.api.Assumptions.abort("no JDK 25 javac at " + javac25);
    }
    CompiledProgram p =
        CompiledProgram.withJavac(
            "java25",
            List.of(javac25.toString(), "--release", "25"),
            "flow/Libc.java",
            LIBC,
            "flow/Sink.java",
            SINK,
            "flow/Reaching.java",
            REACHING,
            "flow/Modern.java",
            MODERN);
    assertEquals(69, p.classes.get("flow/Reaching")[7], "Java 25 class file version");
    assertEquals(
        set("-1", "call socket", "call parseInt"),
        p.origins("flow.Reaching", "laterParse", "fromFD", 0));
    assertEquals(set("-1", "call socket"), p.origins("flow.Reaching", "tryCatch", "fromFD", 0));
    // case Fd(int fd): the record's accessor on the matched message, whose component nobody in the
    // program sets
    assertEquals(set("param"), p.origins("flow.Modern", "handle", "fromFD", 0));
    Set<String> refs =
        p.classNamed("flow.Modern").methods().stream()
            .flatMap(m -> m.typeRefs().stream())
            .map(r -> r.kind() + " " + r.type())
            .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(refs.contains("INSTANCEOF flow.Modern$Fd"), refs.toString());
  }

  // --- bad input and newer class files
  // ---------------------------------------------------------------

  @Test
  void badBytesAreRejectedWithAReason() {
    ClassFactsExtractor extractor =
        new ClassFactsExtractor(new ClassHeaders(name -> null), name -> false);
    BadClassFileException magic =
        assertThrows(
            BadClassFileException.class, () -> extractor.extract("not a class".getBytes()));
    assertTrue(magic.getMessage().contains("bad magic"), magic.getMessage());
    byte[] good = reaching.classes.get("flow/Reaching");
    BadClassFileException truncated =
        assertThrows(
            BadClassFileException.class,
            () -> extractor.extract(java.util.Arrays.copyOf(good, good.length / 2)));
    assertTrue(truncated.getMessage().contains("truncated"), truncated.getMessage());
    byte[] future = good.clone();
    future[6] = 0;
    future[7] = 99;
    BadClassFileException major =
        assertThrows(BadClassFileException.class, () -> extractor.extract(future));
    assertTrue(major.getMessage().contains("version 99"), major.getMessage());
  }

  static int lineOf(String source, String text) {
    int at = source.indexOf(text);
    if (at < 0) throw new IllegalArgumentException(text);
    return (int) source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
