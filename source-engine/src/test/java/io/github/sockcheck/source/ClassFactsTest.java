package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.flow.Access;
import io.github.sockcheck.core.flow.CallFact;
import io.github.sockcheck.core.flow.ClassFacts;
import io.github.sockcheck.core.flow.FieldDecl;
import io.github.sockcheck.core.flow.FieldStore;
import io.github.sockcheck.core.flow.MethodFacts;
import io.github.sockcheck.core.io.FileContents;
import io.github.sockcheck.core.rules.RulePack;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The class facts one file gives the flow solver: classes named as javac names them (so source and
 * bytecode facts meet), their supertypes, access and fields, and the synthetic {@code <init>} /
 * {@code <clinit>} methods of field initializers. A wrong name or access silently breaks flows
 * across classes and the "public API is outside" rule.
 */
class ClassFactsTest {

  private static List<ClassFacts> facts(String text) {
    RulePack pack = TestSupport.pack();
    try (ClassFileConstants classFiles = new ClassFileConstants(List.of())) {
      FileAnalyzer.Result result =
          new FileAnalyzer(
                  new ThreadResolver(
                      Map.of(), List.of(), StandardCharsets.UTF_8, FileContents.DISK),
                  classFiles,
                  pack.index(),
                  Set.of())
              .analyze("p/F.java", text);
      assertEquals(List.of(), result.notifications());
      assertFalse(result.broken());
      return result.classes();
    }
  }

  private static ClassFacts named(List<ClassFacts> classes, String name) {
    return classes.stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    name + " not in " + classes.stream().map(ClassFacts::name).toList()));
  }

  private static MethodFacts method(ClassFacts c, String name) {
    return c.methods().stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + c.methods()));
  }

  private static FieldDecl field(ClassFacts c, String name) {
    return c.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void nestedLocalAndAnonymousClassesAreNamedAsJavacNamesThem() {
    List<ClassFacts> classes =
        facts(
            """
            package p;
            class Outer {
              static class Nested { class Inner {} }
              void m() {
                class Local {}
                Runnable a = new Runnable() { public void run() {} };
                Runnable b = new Runnable() { public void run() { new Object() {}; } };
              }
              void n() { class Local {} class Other {} }
            }
            class Second { Object o = new Object() {}; }
            """);
    assertEquals(
        Set.of(
            "p.Outer",
            "p.Outer$Nested",
            "p.Outer$Nested$Inner",
            "p.Outer$1Local",
            "p.Outer$1",
            "p.Outer$2",
            "p.Outer$2$1",
            "p.Outer$2Local",
            "p.Outer$1Other",
            "p.Second",
            "p.Second$1"),
        classes.stream().map(ClassFacts::name).collect(Collectors.toSet()));
    assertEquals("p.Outer#m()", named(classes, "p.Outer$1Local").enclosingMethod());
    assertEquals("p.Outer#n()", named(classes, "p.Outer$2Local").enclosingMethod());
    assertNull(named(classes, "p.Outer$Nested").enclosingMethod(), "a static nested class");
    assertEquals("java.lang.Runnable", named(classes, "p.Outer$1").superName());
    assertEquals("p/F.java", named(classes, "p.Outer").sourcePath());
  }

  @Test
  void localRecordsAndClassesInLambdasAreLocalClasses() {
    List<ClassFacts> classes =
        facts(
            """
            package p;
            class Outer {
              void m() {
                record Pair(int a, int b) {}
                Runnable r = () -> { class InLambda {} };
              }
            }
            """);
    ClassFacts pair = named(classes, "p.Outer$1Pair");
    assertEquals("java.lang.Record", pair.superName());
    assertEquals("p.Outer#m()", pair.enclosingMethod());
    assertEquals("p.Outer#m()", named(classes, "p.Outer$1InLambda").enclosingMethod());
  }

  @Test
  void theDefaultPackageHasNoPrefix() {
    assertEquals(List.of("Top"), facts("class Top {}\n").stream().map(ClassFacts::name).toList());
  }

  @Test
  void supertypesOfClassesInterfacesEnumsAndRecords() {
    List<ClassFacts> classes =
        facts(
            """
            package p;
            import java.io.Closeable;
            abstract class Base implements Runnable, Closeable {}
            class Sub extends Base { public void run() {} public void close() {} }
            interface Api extends Runnable, Comparable<Api> {}
            enum Mode implements Runnable { A, B { public void run() {} }; public void run() {} }
            record Point(int x) implements Comparable<Point> {
              Point { if (x < 0) throw new IllegalArgumentException(); }
              public int compareTo(Point o) { return 0; }
            }
            """);
    ClassFacts base = named(classes, "p.Base");
    assertNull(base.superName());
    assertEquals(List.of("java.lang.Runnable", "java.io.Closeable"), base.interfaces());
    assertEquals("p.Base", named(classes, "p.Sub").superName());
    assertEquals(List.of(), named(classes, "p.Sub").interfaces());
    ClassFacts api = named(classes, "p.Api");
    assertNull(api.superName(), "an interface extends interfaces");
    assertEquals(List.of("java.lang.Runnable", "java.lang.Comparable"), api.interfaces());
    ClassFacts mode = named(classes, "p.Mode");
    assertEquals("java.lang.Enum", mode.superName());
    assertEquals(List.of("java.lang.Runnable"), mode.interfaces());
    ClassFacts constantBody = named(classes, "p.Mode$1");
    assertEquals("p.Mode", constantBody.superName(), "an enum constant's body extends the enum");
    assertEquals(List.of("run"), constantBody.methods().stream().map(MethodFacts::name).toList());
    ClassFacts point = named(classes, "p.Point");
    assertEquals("java.lang.Record", point.superName());
    assertEquals(List.of("java.lang.Comparable"), point.interfaces());
    MethodFacts compact = method(point, "<init>");
    assertEquals(List.of(), compact.paramTypes());
    assertFalse(compact.synthetic(), "the compact constructor is the user's code");
    assertEquals(1, compact.calls().size(), "its body is walked: " + compact.calls());
  }

  @Test
  void accessOfTypesMethodsAndFields() {
    List<ClassFacts> classes =
        facts(
            """
            package p;
            public class A {
              public int a; protected int b; private int c; int d;
              public static final int K = 1;
              public void pub() {} protected void prot() {} private void priv() {} void pack() {}
              protected static class P {}
              private class Q {}
            }
            interface I {
              int LIMIT = 3;
              void open();
              private void helper() {}
              static void util() {}
            }
            """);
    ClassFacts a = named(classes, "p.A");
    assertEquals(Access.PUBLIC, a.access());
    assertEquals(Access.PACKAGE, named(classes, "p.I").access());
    assertEquals(Access.PROTECTED, named(classes, "p.A$P").access());
    assertEquals(Access.PRIVATE, named(classes, "p.A$Q").access());
    assertEquals(new FieldDecl("a", Access.PUBLIC, false, false), field(a, "a"));
    assertEquals(new FieldDecl("b", Access.PROTECTED, false, false), field(a, "b"));
    assertEquals(new FieldDecl("c", Access.PRIVATE, false, false), field(a, "c"));
    assertEquals(new FieldDecl("d", Access.PACKAGE, false, false), field(a, "d"));
    assertEquals(new FieldDecl("K", Access.PUBLIC, true, true), field(a, "K"));
    assertEquals(Access.PUBLIC, method(a, "pub").access());
    assertEquals(Access.PROTECTED, method(a, "prot").access());
    assertEquals(Access.PRIVATE, method(a, "priv").access());
    assertEquals(Access.PACKAGE, method(a, "pack").access());
    ClassFacts i = named(classes, "p.I");
    assertEquals(
        new FieldDecl("LIMIT", Access.PUBLIC, true, true),
        field(i, "LIMIT"),
        "interface fields are public static final");
    assertEquals(Access.PUBLIC, method(i, "open").access());
    assertEquals(Access.PRIVATE, method(i, "helper").access());
    assertTrue(method(i, "util").isStatic());
    assertFalse(method(i, "open").isStatic());
  }

  @Test
  void signaturesOfMethodsAndConstructors() {
    ClassFacts c =
        named(
            facts(
                """
                package p;
                class C {
                  C(int fd, String... names) {}
                  static java.nio.channels.DatagramChannel open(long a, int[] b) { return null; }
                  void none() {}
                }
                """),
            "p.C");
    MethodFacts ctor = method(c, "<init>");
    assertEquals(List.of("int", "java.lang.String[]"), ctor.paramTypes());
    assertEquals("void", ctor.returnType());
    assertFalse(ctor.isStatic());
    MethodFacts open = method(c, "open");
    assertEquals(List.of("long", "int[]"), open.paramTypes());
    assertEquals("java.nio.channels.DatagramChannel", open.returnType());
    assertTrue(open.isStatic());
    assertEquals("void", method(c, "none").returnType());
  }

  @Test
  void fieldInitializersAndInitializerBlocksBecomeSyntheticInitAndClinit() {
    ClassFacts c =
        named(
            facts(
                """
                package p;
                class C {
                  int plain;
                  int held = 3;
                  static int shared = 4;
                  { plain = 5; }
                  static { shared = 6; }
                }
                """),
            "p.C");
    MethodFacts init = method(c, "<init>");
    assertTrue(init.synthetic());
    assertFalse(init.isStatic());
    assertEquals(Access.PRIVATE, init.access());
    assertEquals(List.of("held", "plain"), init.stores().stream().map(FieldStore::name).toList());
    assertTrue(init.stores().stream().noneMatch(FieldStore::isStatic));
    assertTrue(init.stores().get(0).receiver() >= 0, "stored on this");
    MethodFacts clinit = method(c, "<clinit>");
    assertTrue(clinit.synthetic());
    assertTrue(clinit.isStatic());
    assertEquals(
        List.of("shared", "shared"), clinit.stores().stream().map(FieldStore::name).toList());
    assertTrue(clinit.stores().stream().allMatch(s -> s.isStatic() && s.receiver() == -1));
    assertEquals(
        2, c.methods().size(), "no initializer method without initializers: " + c.methods());
  }

  @Test
  void aClassWithoutInitializersHasNoSyntheticMethods() {
    ClassFacts c = named(facts("package p; class C { int a; static int b; void m() {} }"), "p.C");
    assertEquals(List.of("m"), c.methods().stream().map(MethodFacts::name).toList());
  }

  @Test
  void superCallsReachTheDeclaredSuperclass() {
    List<ClassFacts> classes =
        facts(
            """
            package p;
            class Base { Base(int x) {} }
            class Sub extends Base { Sub() { super(1); } Sub(int y) { this(); } }
            class Plain { Plain() { super(); } }
            enum E { A; E() { } }
            """);
    List<CallFact> sub =
        named(classes, "p.Sub").methods().stream().flatMap(m -> m.calls().stream()).toList();
    assertEquals(2, sub.size(), sub.toString());
    assertEquals(
        Set.of("p.Base", "p.Sub"), sub.stream().map(CallFact::owner).collect(Collectors.toSet()));
    assertTrue(sub.stream().allMatch(f -> f.kind() == CallFact.Kind.SUPER_CONSTRUCTOR));
    CallFact toBase = sub.stream().filter(f -> f.owner().equals("p.Base")).findFirst().get();
    assertEquals(List.of("int"), toBase.paramTypes(), "resolved: a rule names constructors");
    assertTrue(toBase.resolved());
    CallFact plain = method(named(classes, "p.Plain"), "<init>").calls().get(0);
    assertEquals("java.lang.Object", plain.owner());
  }
}
