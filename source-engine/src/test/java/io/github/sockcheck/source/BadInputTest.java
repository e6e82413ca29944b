package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad file is reported with its place and never stops the others from being analysed. */
class BadInputTest {

  static final String GOOD =
      """
      package p;
      class Good {
        interface Libc { int socket(int a, int b, int c); }
        void m(Libc libc) { libc.socket(2, 3, -1); }
      }
      """;

  @TempDir Path root;

  private TestSupport.Sink scanWith(String name, byte[] content) throws Exception {
    TestSupport.write(root, "p/Good.java", GOOD);
    Path bad = root.resolve("p").resolve(name);
    Files.write(bad, content);
    TestSupport.Sink sink = TestSupport.scan(root, TestSupport.pack(), List.of());
    List<CallSite> good = sink.in("Good.java");
    assertEquals(
        1, good.size(), "the good file still yields its call site: " + sink.notifications());
    assertEquals(
        List.of(2L, 3L, -1L),
        good.get(0).args().stream().map(ArgFact::intValue).toList(),
        good.toString());
    assertEquals(List.of(), about(sink, "Good.java"), "nothing to say about the good file");
    return sink;
  }

  /**
   * The one notification about {@code file}: an error whose message starts with its path (and
   * line).
   */
  private static Notification oneError(TestSupport.Sink sink, String file, String messageStart) {
    List<Notification> notes = about(sink, file);
    assertEquals(1, notes.size(), notes.toString());
    Notification n = notes.get(0);
    assertEquals(Severity.ERROR, n.level(), n.toString());
    assertEquals("p/" + file, n.location().path(), n.toString());
    assertTrue(n.message().startsWith(messageStart), n.message());
    assertEquals(List.of(), sink.in(file), "a file that is not analysed yields no call sites");
    return n;
  }

  private static List<Notification> about(TestSupport.Sink sink, String file) {
    return sink.notifications().stream()
        .filter(n -> n.location() != null && n.location().path().endsWith(file))
        .toList();
  }

  @Test
  void syntaxErrorIsReportedWithFileLineAndColumn() throws Exception {
    String broken = "package p;\nclass Broken {\n  void m() { socket(1, 2; }\n}\n";
    TestSupport.Sink sink = scanWith("Broken.java", broken.getBytes(StandardCharsets.UTF_8));
    List<Notification> notes = about(sink, "Broken.java");
    assertEquals(1, notes.size(), notes.toString());
    Notification n = notes.get(0);
    assertEquals(Severity.ERROR, n.level());
    assertEquals(3, n.location().startLine());
    assertTrue(n.location().startColumn() > 0);
    assertTrue(n.message().startsWith("p/Broken.java:3:"), n.message());
  }

  @Test
  void binaryGarbageNamedJava() throws Exception {
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    byte[] head =
        "package p;\n// binary data follows\n socket( \n"
            .getBytes(StandardCharsets.US_ASCII); // passes the pre-filter
    System.arraycopy(head, 0, garbage, 0, head.length);
    TestSupport.Sink sink = scanWith("Garbage.java", garbage);
    int line = 1;
    for (int i = 0; garbage[i] != 0; i++) if (garbage[i] == '\n') line++;
    assertTrue(line >= 4, "the first NUL is below the text head");
    Notification n =
        oneError(sink, "Garbage.java", "p/Garbage.java:" + line + ": contains NUL bytes");
    assertEquals(line, n.location().startLine());
  }

  @Test
  void utf16SourceIsRefusedAtTheLineOfItsFirstNul() throws Exception {
    byte[] utf16 =
        "package p;\nclass Wide { void m(Good.Libc l) { l.socket(1, 2, 3); } }\n"
            .getBytes(StandardCharsets.UTF_16LE);
    TestSupport.Sink sink = scanWith("Wide.java", utf16);
    Notification n = oneError(sink, "Wide.java", "p/Wide.java:1: contains NUL bytes");
    assertTrue(n.message().contains("Save Java sources as UTF-8"), n.message());
    assertEquals(1, n.location().startLine());
  }

  @Test
  void invalidUtf8FallsBackToLatin1AndStillAnalyses() throws Exception {
    byte[] head = "package p;\n// caf".getBytes(StandardCharsets.US_ASCII);
    byte[] tail =
        ("\nclass Latin { void m(Good.Libc l) { l.socket(0, 3, 0); } }\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] content = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, content, 0, head.length);
    content[head.length] = (byte) 0xE9; // 'é' in ISO-8859-1, malformed as UTF-8
    System.arraycopy(tail, 0, content, head.length + 1, tail.length);
    TestSupport.Sink sink = scanWith("Latin.java", content);
    List<Notification> notes = about(sink, "Latin.java");
    assertEquals(1, notes.size(), notes.toString());
    assertEquals(Severity.WARNING, notes.get(0).level());
    assertTrue(notes.get(0).message().contains("ISO-8859-1"));
    assertEquals(1, sink.in("Latin.java").size());
  }

  @Test
  void fileOverTheSizeLimitIsSkipped() throws Exception {
    TestSupport.write(root, "p/Good.java", GOOD);
    StringBuilder big =
        new StringBuilder("package p; class Big { void m(Good.Libc l) { l.socket(1, 2, 3); } }\n");
    while (big.length() < 5000) big.append("// padding padding padding padding\n");
    TestSupport.write(root, "p/Big.java", big.toString());
    TestSupport.Sink sink = new TestSupport.Sink();
    SourceEngine engine = new SourceEngine(new SourceEngineOptions(StandardCharsets.UTF_8, 4096));
    engine.run(TestSupport.context(root, TestSupport.pack(), List.of(), 2), sink);
    assertEquals(0, sink.in("Big.java").size());
    assertEquals(1, sink.in("Good.java").size());
    List<Notification> notes = about(sink, "Big.java");
    assertEquals(1, notes.size());
    assertEquals(Severity.WARNING, notes.get(0).level());
    assertTrue(
        notes
            .get(0)
            .message()
            .startsWith(
                "p/Big.java: skipped, " + Files.size(root.resolve("p/Big.java")) + " bytes"),
        notes.get(0).message());
    assertTrue(notes.get(0).message().contains("size limit of 4096 bytes"), notes.get(0).message());
  }

  @Test
  void deeplyNestedParenthesesDoNotEscape() throws Exception {
    int depth = 20_000;
    String nested = "(".repeat(depth) + "1" + ")".repeat(depth);
    String text =
        "package p; class Deep { void m(Good.Libc l) { l.socket(" + nested + ", 2, 3); } }\n";
    TestSupport.Sink sink = scanWith("Deep.java", text.getBytes(StandardCharsets.UTF_8));
    // Either the parser's worker stack is deep enough and the call is found, or the file is skipped
    // with an error.
    if (sink.in("Deep.java").isEmpty()) {
      oneError(
          sink,
          "Deep.java",
          "p/Deep.java: nesting too deep to analyse (stack overflow); file skipped");
    } else {
      assertEquals(1, sink.in("Deep.java").size());
      assertEquals(List.of(), about(sink, "Deep.java"));
    }
  }

  @Test
  void longChainOfAdditionsDoesNotEscape() throws Exception {
    String sum = "1" + "+1".repeat(50_000);
    String text = "package p; class Sum { void m(Good.Libc l) { l.socket(" + sum + ", 2, 3); } }\n";
    TestSupport.Sink sink = scanWith("Sum.java", text.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), about(sink, "Sum.java"), "a long sum is analysed without complaint");
    List<CallSite> sites = sink.in("Sum.java");
    assertEquals(1, sites.size(), sites.toString());
    assertEquals(
        List.of(2L, 3L),
        sites.get(0).args().subList(1, 3).stream().map(ArgFact::intValue).toList());
  }
}
