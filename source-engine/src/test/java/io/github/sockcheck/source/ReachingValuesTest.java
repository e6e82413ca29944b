package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.CallSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which values reach {@code Lib.take(fd)} for each statement and expression shape: the source
 * engine's reaching definitions and the solver together. {@code make} stands for {@code
 * Lib.make()}'s result.
 */
class ReachingValuesTest {

  @TempDir Path root;

  private static final String LIB =
      """
      package p;
      class Lib {
        static native int make();
        static void take(int fd) {}
        static native int env();
      }
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      straight line                | int fd = 3; Lib.take(fd);                                                        | 3
      kill on the only path        | int fd = -1; fd = Lib.make(); Lib.take(fd);                                      | make
      if without else              | int fd = -1; if (c) fd = Lib.make(); Lib.take(fd);                               | -1 make
      if and else                  | int fd; if (c) { fd = 4; } else { fd = Lib.make(); } Lib.take(fd);               | 4 make
      return in one branch         | int fd = 7; if (c) { fd = 8; return; } Lib.take(fd);                             | 7
      while loop                   | int fd = 3; while (c) { fd = Lib.make(); } Lib.take(fd);                         | 3 make
      use inside the loop          | int fd = 3; while (c) { Lib.take(fd); fd = Lib.make(); }                         | 3 make
      for loop update              | int fd = 3; for (int i = 0; i < 2; i++) { fd = 5; } Lib.take(fd);                | 3 5
      do while                     | int fd = 3; do { fd = 6; } while (c); Lib.take(fd);                              | 6
      for each                     | int fd = 3; for (String s : args) { fd = 9; } Lib.take(fd);                      | 3 9
      break out of a loop          | int fd = 3; while (true) { fd = 10; if (c) break; fd = 11; } Lib.take(fd);      | 10
      continue in a loop           | int fd = 3; for (String s : args) { if (c) { fd = 12; continue; } fd = 13; } Lib.take(fd); | 3 12 13
      labelled break               | int fd = 3; outer: for (String s : args) { for (String t : args) { fd = 14; break outer; } } Lib.take(fd); | 3 14
      switch with fall through     | int fd = 3; switch (n) { case 1: fd = 15; case 2: fd = 16; break; default: fd = 17; } Lib.take(fd); | 16 17
      switch without default       | int fd = 3; switch (n) { case 1 -> fd = 18; case 2 -> fd = 19; } Lib.take(fd);  | 3 18 19
      switch expression            | int fd = switch (n) { case 1 -> 20; case 2 -> { yield 21; } default -> Lib.make(); }; Lib.take(fd); | 20 21 make
      ternary                      | int fd = c ? 22 : Lib.make(); Lib.take(fd);                                      | 22 make
      constant ternary folds       | int fd = true ? 23 : 24; Lib.take(fd);                                           | 23
      try and catch                | int fd = 3; try { fd = Lib.make(); } catch (RuntimeException e) { } Lib.take(fd); | 3 make
      catch assigns                | int fd = 3; try { fd = 25; } catch (RuntimeException e) { fd = 26; } Lib.take(fd); | 25 26
      finally assigns              | int fd = 3; try { fd = 27; } finally { fd = 28; } Lib.take(fd);                  | 28
      finally after a return       | int fd = 3; try { fd = Lib.make(); return; } finally { Lib.take(fd); }          | 3 make
      catch after a throw          | int fd = 3; try { fd = Lib.make(); throw new IllegalStateException(); } catch (IllegalStateException e) { Lib.take(fd); } | 3 make
      compound assignment          | int fd = 3; fd += n; Lib.take(fd);                                              | unknown
      increment                    | int fd = 3; fd++; Lib.take(fd);                                                 | unknown
      parameter                    | Lib.take(n);                                                                    | parameter
      call through a private method | Lib.take(own());                                                               | make
      call through a public method | Lib.take(open());                                                               | env
      lambda captures the local    | int fd = Lib.make(); Runnable r = () -> Lib.take(fd); r.run();                  | make
      lambda parameter             | java.util.function.IntConsumer r = x -> Lib.take(x); r.accept(1);              | unknown
      anonymous class captures     | int fd = Lib.make(); new Runnable() { public void run() { Lib.take(fd); } }.run(); | make
      local class captures         | int fd = 29; class L { void go() { Lib.take(fd); } } new L().go();             | 29
      instance field               | Lib.take(held);                                                                  | 30 make
      static field                 | Lib.take(SHARED);                                                                | 31
      pattern variable             | Object o = Integer.valueOf(32); if (o instanceof Integer i) Lib.take(i);        | 32
      primitive cast keeps value   | long wide = Lib.make(); Lib.take((int) wide);                                   | make
      guard pins the local         | int fd = c ? 3 : Lib.make(); if (fd == 3) Lib.take(fd);                          | 3
      guard on the else branch     | int fd = c ? 3 : Lib.make(); if (3 != fd) { n = 1; } else { Lib.take(fd); }      | 3
      negated guard with and       | int fd = c ? 0 : Lib.make(); if (!(fd != 0) && c) Lib.take(fd);                 | 0
      either test (not both false) | int fd = c ? 3 : Lib.make(); if (!(!c && fd != 3)) Lib.take(fd);                | 3 make
      after the guard              | int fd = c ? 3 : Lib.make(); if (fd == 3) { n = 1; } Lib.take(fd);              | 3 make
      reassigned after the guard   | int fd = c ? 3 : Lib.make(); if (fd == 3) { if (c) fd = -1; Lib.take(fd); }     | -1 3
      """)
  void valuesReachingTheCall(String shape, String body, String expected) throws Exception {
    TestSupport.write(root, "p/Lib.java", LIB);
    TestSupport.write(
        root,
        "p/Shape.java",
        """
        package p;
        class Shape {
          private int held = 30;
          private static int SHARED = 31;
          void reset() { held = Lib.make(); }
          private int own() { return Lib.make(); }
          public int open() { return Lib.env(); }
          void run(boolean c, int n, String[] args) {
            %s
          }
        }
        """
            .formatted(body));
    CallSite take = TestSupport.theTakeCallInShape(root, shape);
    assertEquals(
        String.join(" ", new TreeSet<>(List.of(expected.trim().split(" ")))),
        describe(take.args().get(0)),
        shape);
  }

  private static String describe(ArgFact fact) {
    Set<String> parts = new TreeSet<>();
    for (ArgFact.Value v : fact.values()) {
      switch (v.origin()) {
        case CONSTANT -> parts.add(String.valueOf(v.constant()));
        case CALL -> parts.add(v.producedBy().substring(v.producedBy().indexOf('#') + 1));
        default -> parts.add(v.origin().name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return String.join(" ", parts);
  }
}
