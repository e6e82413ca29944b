package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.flow.CallFact;
import io.github.sockcheck.core.flow.MethodFacts;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which definitions of a local reach {@code take(x)} after each statement shape the other flow
 * tests do not cover: labelled loops, switches and blocks, {@code synchronized}, {@code assert},
 * try-with-resources, guards against constants the engine cannot fold. The body runs in {@code
 * Shape.run(int n, Object o, Shape s)} of {@link ExpressionFactsTest#TEMPLATE}.
 */
class StatementFactsTest {

  @TempDir Path root;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      labelled while, break          | Object x = o; l: while (n > 0) { x = null; break l; } take(x);                 | merge [null, param 1]
      labelled while, inner break    | Object x = o; l: while (n > 0) { while (true) { x = s; break l; } } take(x);   | merge [param 1, param 2]
      labelled do                    | Object x = o; l: do { x = null; } while (n > 0); take(x);                     | null
      labelled do, continue          | Object x = o; l: do { if (n > 1) { x = s; continue l; } x = null; } while (n > 0); take(x); | merge [null, param 2]
      labelled for, continue         | Object x = o; l: for (int i = 0; i < n; i++) { x = null; continue l; } take(x); | merge [null, param 1]
      labelled for each, break       | Object x = o; l: for (String t : java.util.List.of("a")) { for (;;) { x = null; break l; } } take(x); | merge [null, param 1]
      labelled switch                | Object x = o; l: switch (n) { case 1: x = null; break l; default: x = s; } take(x); | merge [null, param 2]
      labelled block, break          | Object x = o; l: { if (n > 0) { x = null; break l; } x = s; } take(x);         | merge [null, param 2]
      labelled block, no break       | Object x = o; l: { x = s; } take(x);                                           | param 2
      labelled block, always breaks  | Object x = o; l: { x = s; break l; } take(x);                                  | param 2
      synchronized block             | Object x = o; synchronized (s) { x = null; } take(x);                          | null
      assert                         | Object x = o; assert x != null : "x"; take(x);                                 | param 1
      try with resources             | Object x = o; try (java.io.StringReader r = new java.io.StringReader("")) { x = null; } take(x); | null
      catch sees both values         | Object x = o; try { x = null; n = 2; } catch (RuntimeException e) { take(x); }  | merge [null, param 1]
      catch after an unchanged local | Object x = o; try { n = 2; } catch (RuntimeException e) { take(x); }            | param 1
      try that always throws         | Object x = o; try { x = null; throw new RuntimeException(); } catch (RuntimeException e) { } take(x); | merge [null, param 1]
      finally after a return         | Object x = o; try { x = s; return; } finally { take(x); }                      | merge [param 1, param 2]
      finally after a catch          | Object x = o; try { x = s; } catch (RuntimeException e) { x = null; } finally { take(x); } | merge [null, param 2]
      code after return in finally   | Object x = o; try { x = s; } finally { x = null; } take(x);                    | null
      while true with break          | Object x = o; while (true) { x = s; if (n > 0) break; } take(x);               | param 2
      for without condition          | Object x = o; for (;;) { x = s; break; } take(x);                              | param 2
      do while false                 | Object x = o; do { x = s; } while (false); take(x);                            | param 2
      loop updates                   | Object x = o; for (int i = 0; i < n; i++, x = s) { } take(x);                  | merge [param 1, param 2]
      loop increment                 | int i = 0; while (n > 0) { i++; } take(i);                                     | merge [const 0 null, unknown]
      for each element               | for (Object e : java.util.List.of(o)) { take(e); }                             | unknown
      for each keeps the loop merge  | Object x = o; for (Object e : java.util.List.of(o)) { take(x); x = s; }        | merge [param 1, param 2]
      guard with an unknown constant | int f = n; if (f == org.x.Sock.APR_UNIX) take(f);                             | const null org.x.Sock.APR_UNIX
      guard with a local constant    | final int k = 4; int f = n; if (f == k) take(f);                             | const 4 null
      guard on a field is no pin     | int f = n; if (held == 4) take(f);                                            | param 0
      switch statement exhaustive    | Object x = o; switch (n) { case 1 -> x = s; default -> x = null; } take(x);    | merge [null, param 2]
      switch pattern with guard      | Object x = o; switch (o) { case String t when t.isEmpty() -> x = null; default -> { } } take(x); | merge [null, param 1]
      yield from a block             | take(switch (n) { case 1: yield o; default: yield s; });                     | merge [param 1, param 2]
      """)
  void valueOfX(String shape, String body, String expected) throws Exception {
    MethodFacts m =
        ExpressionFactsTest.withTake(
            ExpressionFactsTest.analyse(root, ExpressionFactsTest.TEMPLATE.formatted(body)));
    CallFact take = m.calls().stream().filter(f -> f.member().equals("take")).findFirst().get();
    assertEquals(expected, ExpressionFactsTest.describe(m, take.args().get(0)), shape);
  }
}
