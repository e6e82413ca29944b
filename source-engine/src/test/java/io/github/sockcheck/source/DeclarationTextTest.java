package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import org.junit.jupiter.api.Test;

/**
 * The type solver's view of a declaring file: signatures and fields kept, method bodies emptied.
 */
class DeclarationTextTest {

  @Test
  void methodAndConstructorBodiesAreEmptiedWhateverTheyHold() {
    String text =
        """
        class A {
          A(int x) { this.x = x; if (x > 0) { y(); } }
          int f() throws java.io.IOException, B.C { String s = "}{"; char c = '}'; return 1; }
          <T> T g(T t) /* { */ { // }
            return t;
          }
          void h() { String t = \"""
              } {
              \"""; }
        }
        """;
    assertEquals(
        """
        class A {
          A(int x) {}
          int f() throws java.io.IOException, B.C {}
          <T> T g(T t) /* { */ {}
          void h() {}
        }
        """,
        DeclarationText.withoutBodies(text));
  }

  @Test
  void typesFieldsInitialisersAndRecordHeadersAreKept() {
    String text =
        """
        @Ann(1) public class R<T> extends Base<T> implements I {
          static final int K = 3;
          static { init(); }
          { other(); }
          record S(int b) { S { check(b); } int twice() { return b * 2; } }
          enum E { A(1) { int v() { return 1; } }, B(2); E(int n) { } }
          static final int W = switch (K) { case 3 -> 4; default -> 5; };
          Runnable r = () -> { run(); };
          interface J { default void m() { x(); } int n(); }
          record G<T>(T a) { T a2() { return a; } }
        }
        """;
    String stripped = DeclarationText.withoutBodies(text);
    assertTrue(stripped.contains("static final int K = 3;"), stripped);
    assertTrue(stripped.contains("static { init(); }"), stripped);
    assertTrue(stripped.contains("{ other(); }"), stripped);
    assertTrue(stripped.contains("record S(int b) { S { check(b); } int twice() {} }"), stripped);
    assertTrue(stripped.contains("enum E { A(1) {}, B(2); E(int n) {} }"), stripped);
    assertTrue(stripped.contains("switch (K) { case 3 -> 4; default -> 5; }"), stripped);
    assertTrue(stripped.contains("Runnable r = () -> { run(); };"), stripped);
    assertTrue(stripped.contains("default void m() {} int n();"), stripped);
    assertTrue(stripped.contains("record G<T>(T a) { T a2() {} }"), stripped);

    CompilationUnit unit = parse(stripped);
    TypeDeclaration<?> r = unit.getType(0);
    assertEquals(9, r.getMembers().size());
    assertEquals(
        2,
        ((RecordDeclaration) r.getMembers().get(3)).getMembers().size(),
        "record S keeps members");
    assertEquals(1, r.getFieldByName("K").map(f -> f.getVariables().size()).orElse(0));
    assertTrue(
        unit.findAll(FieldDeclaration.class).stream().anyMatch(f -> f.toString().contains("= 3")));
  }

  @Test
  void everyStrippedMethodKeepsItsSignature() {
    String text =
        """
        package p;
        import java.util.List;
        public class Big<T extends Comparable<T>> extends Base implements Api {
          public static <X> List<X> of(X... xs) { return List.of(xs); }
          protected synchronized void m(int[] a, @Deprecated String s) throws Exception {
            for (int i : a) { if (i > 0) { continue; } }
            new Object() { void inner() {} };
          }
        }
        """;
    CompilationUnit whole = parse(text);
    CompilationUnit lean = parse(DeclarationText.withoutBodies(text));
    assertEquals(signatures(whole), signatures(lean));
    assertTrue(
        lean.findAll(MethodDeclaration.class).stream()
            .allMatch(m -> m.getBody().orElseThrow().getStatements().isEmpty()));
  }

  @Test
  void aFileWithoutBodiesIsReturnedAsItIs() {
    String text = "interface I { int f(); String K = \"{\"; }\n";
    assertSame(text, DeclarationText.withoutBodies(text));
  }

  @Test
  void anUnbalancedFileIsLeftForTheParserFromTheBrokenBodyOn() {
    String text = "class A { void f() { g(); }\n void h() { if (x) { }\n";
    assertEquals(
        "class A { void f() {}\n void h() { if (x) { }\n", DeclarationText.withoutBodies(text));
  }

  private static String signatures(CompilationUnit unit) {
    StringBuilder sb = new StringBuilder();
    for (MethodDeclaration m : unit.getType(0).getMethods())
      sb.append(m.getDeclarationAsString(true, true, true)).append('\n');
    return sb.toString();
  }

  private static CompilationUnit parse(String text) {
    ParseResult<CompilationUnit> result =
        new JavaParser(ParserSetup.declarationsOnly()).parse(text);
    assertTrue(result.isSuccessful(), () -> result.getProblems() + "\n" + text);
    return result.getResult().orElseThrow();
  }
}
