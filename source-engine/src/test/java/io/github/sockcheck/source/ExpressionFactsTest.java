package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.sockcheck.core.flow.CallFact;
import io.github.sockcheck.core.flow.ClassFacts;
import io.github.sockcheck.core.flow.MethodFacts;
import io.github.sockcheck.core.flow.TypeTest;
import io.github.sockcheck.core.flow.ValueNode;
import io.github.sockcheck.core.io.FileContents;
import io.github.sockcheck.core.rules.RulePack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The value-flow facts of one method body, shape by shape: what the argument of {@code take(..)} is
 * (a parameter, a field read on which receiver, a folded constant, a call's result, a merge), the
 * field stores, the casts and {@code instanceof} tests, and the type references. The flow solver
 * answers the rules' questions from exactly these facts, so a wrong owner, receiver or flag here is
 * a wrong verdict on the user's code.
 */
class ExpressionFactsTest {

  static final String TEMPLATE =
      """
      package p;
      import java.util.List;
      class Shape extends Base implements Consts {
        int held;
        static int SHARED;
        static final int LIMIT = 7;
        int[] arr;
        void take(Object o) {}
        void helper() {}
        static int make() { return 0; }
        Shape self() { return this; }
        interface Libc extends com.sun.jna.Library { int AF_INET = 2; }
        void run(int n, Object o, Shape s) {
          %s
        }
      }
      class Base { protected int inherited; }
            enum Mode { A, B }
      record Pair(Object left, Object right) {}
      """;

  @TempDir Path root;

  private List<ClassFacts> facts(String body) throws Exception {
    return analyse(root, TEMPLATE.formatted(body));
  }

  /**
   * The facts of {@code p/Shape.java}, analysed as the engine does: the file and {@code
   * p/Consts.java} are in the source index.
   */
  static List<ClassFacts> analyse(Path root, String text) throws Exception {
    return analyse(root, text, TestSupport.pack());
  }

  /** The same with the rules of {@code pack}, whose members the engine resolves exactly. */
  static List<ClassFacts> analyse(Path root, String text, RulePack pack) throws Exception {
    Path file = TestSupport.write(root, "p/Shape.java", text);
    Path consts =
        TestSupport.write(
            root, "p/Consts.java", "package p;\ninterface Consts { int IFACE = 5; }\n");
    try (ClassFileConstants classFiles = new ClassFileConstants(List.of())) {
      FileAnalyzer.Result result =
          new FileAnalyzer(
                  new ThreadResolver(
                      Map.of("p.Shape", file, "p.Consts", consts),
                      List.of(),
                      StandardCharsets.UTF_8,
                      FileContents.DISK),
                  classFiles,
                  pack.index(),
                  Set.of())
              .analyze("p/Shape.java", text);
      assertEquals(List.of(), result.notifications());
      assertFalse(result.broken());
      return result.classes();
    }
  }

  /** The method holding the first {@code take(..)} call, anywhere in the file. */
  static MethodFacts withTake(List<ClassFacts> classes) {
    for (ClassFacts c : classes)
      for (MethodFacts m : c.methods())
        if (m.calls().stream().anyMatch(f -> f.member().equals("take"))) return m;
    throw new AssertionError("no take(..) call");
  }

  private static MethodFacts run(List<ClassFacts> classes) {
    return classes.stream()
        .filter(c -> c.name().equals("p.Shape"))
        .flatMap(c -> c.methods().stream())
        .filter(m -> m.name().equals("run"))
        .findFirst()
        .orElseThrow();
  }

  static String describe(MethodFacts m, int node) {
    ValueNode v = m.nodes().get(node);
    if (v instanceof ValueNode.Constant c) return "const " + c.value() + " " + c.name();
    if (v instanceof ValueNode.Null) return "null";
    if (v instanceof ValueNode.ClassLiteral c) return "class " + c.type();
    if (v instanceof ValueNode.Parameter p) return "param " + p.index();
    if (v instanceof ValueNode.This) return "this";
    if (v instanceof ValueNode.FieldRead f)
      return "field "
          + f.owner()
          + "."
          + f.name()
          + (f.isStatic() ? " static" : " on " + describe(m, f.receiver()));
    if (v instanceof ValueNode.CallResult r) {
      CallFact call = m.calls().get(r.call());
      return "result " + call.owner() + "#" + call.member();
    }
    if (v instanceof ValueNode.Captured c) return "captured from " + c.method();
    if (v instanceof ValueNode.Merge) return "merge " + leaves(m, node, new TreeSet<>());
    return "unknown";
  }

  /** The values a merge stands for (nested and loop merges flattened). */
  private static Set<String> leaves(MethodFacts m, int node, Set<String> into) {
    if (m.nodes().get(node) instanceof ValueNode.Merge merge) {
      if (into.add("#" + node)) for (int i : merge.inputs()) leaves(m, i, into);
      into.remove("#" + node);
    } else {
      into.add(describe(m, node));
    }
    return into;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      parameter                     | take(n);                                          | param 0
      unary plus keeps the value    | take(+n);                                         | param 0
      minus is arithmetic           | take(-n);                                         | unknown
      arithmetic on a parameter     | take(n * 2);                                      | unknown
      instance field                | take(held);                                       | field p.Shape.held on this
      instance field through this   | take(this.held);                                  | field p.Shape.held on this
      static field                  | take(SHARED);                                     | field p.Shape.SHARED static
      static field through the type | take(Shape.SHARED);                               | field p.Shape.SHARED static
      field of another object       | take(s.held);                                     | field p.Shape.held on param 2
      field of a call result        | take(self().held);                                | field p.Shape.held on result p.Shape#self
      inherited field               | take(inherited);                                  | field p.Base.inherited on this
      array length                  | take(arr.length);                                 | unknown
      own constant                  | take(LIMIT);                                      | const 7 p.Shape.LIMIT
      own constant through this     | take(this.LIMIT);                                 | const 7 p.Shape.LIMIT
      constant of a nested interface | take(Libc.AF_INET);                              | const 2 p.Shape$Libc.AF_INET
      constant of an unknown type   | take(org.x.Sock.APR_UNIX);                        | const null org.x.Sock.APR_UNIX
      field of an unknown type      | take(org.x.Sock.value);                           | field org.x.Sock.value static
      inherited interface constant  | take(IFACE);                                      | const 5 p.Consts.IFACE
      enum constant                 | take(Mode.A);                                     | const null p.Mode.A
      folded string                 | take("x" + 1);                                    | const x1 null
      null literal                  | take(null);                                       | null
      class literal                 | take(String.class);                               | class java.lang.String
      this                          | take(this);                                       | this
      static call result            | take(make());                                     | result p.Shape#make
      call on a type name           | take(Shape.make());                               | result p.Shape#make
      call on a library type        | take(List.of());                                  | result java.util.List#of
      constructor result            | take(new Shape());                                | result p.Shape#<init>
      reference cast keeps the value | take((String) o);                                | param 1
      primitive cast keeps the value | take((long) n);                                  | param 0
      instanceof is a boolean       | take(o instanceof String);                        | unknown
      pattern variable              | if (o instanceof String t) take(t);               | param 1
      record pattern component      | if (o instanceof Pair(Object l, Object r)) take(l); | unknown
      case type pattern             | switch (o) { case String t -> take(t); default -> { } } | param 1
      local                         | int a = 1, b = 2; take(b);                        | const 2 null
      effectively final local folds | int a = 3; take(a + 1);                           | const 4 null
      local assigned later          | int a = 3; take(a + 1); a = 5;                    | unknown
      local incremented later       | int a = 3; take(a + 1); a++;                      | unknown
      local pre-incremented later   | int a = 3; take(a + 1); ++a;                      | unknown
      local pre-decremented later   | int a = 3; take(a + 1); --a;                      | unknown
      local decremented later       | int a = 3; take(a + 1); a--;                      | unknown
      a negation does not assign    | int a = 3; int b = -a; take(a + 1);               | const 4 null
      local without initializer     | int a; a = 3; take(a + 1);                        | unknown
      for loop variable             | for (int i = 0, k = 2; i < n; i++) take(k + 1);   | const 3 null
      for each variable             | for (int e : new int[] {1}) take(e + 1);          | unknown
      local in a switch group       | switch (n) { case 1: int q = 2; take(q + 1); }    | const 3 null
      local shadows a field         | int held = 9; take(held + 1);                     | const 10 null
      lambda parameter shadows a constant | java.util.function.IntConsumer c = LIMIT -> take(LIMIT + 1); | unknown
      catch parameter               | try { n = 1; } catch (RuntimeException LIMIT) { take(LIMIT); } | unknown
      resource                      | try (java.io.StringReader r = null) { take(r); }  | null
      local without initializer     | Object x; x = o; take(x);                         | param 1
      compound assignment           | int x = 3; x += n; take(x);                       | unknown
      increment                     | int x = 3; x++; take(x);                          | unknown
      assignment expression value   | Object x; take(x = o);                            | param 1
      conditional                   | take(n > 0 ? o : null);                           | merge [null, param 1]
      switch expression             | take(switch (n) { case 1 -> o; default -> null; }); | merge [null, param 1]
      one-way switch expression     | take(switch (n) { default -> o; });               | param 1
      lambda sees the parameter     | Runnable r = () -> take(o); r.run();              | param 1
      lambda parameter              | java.util.function.Consumer<Object> c = x -> take(x); | unknown
      lambda local does not leak    | Object x = o; Runnable r = () -> { Object y = null; }; take(x); | param 1
      method reference              | take((Runnable) this::helper);                    | unknown
      lambda value                  | take((Runnable) () -> { });                       | unknown
      double literal                | take(1.5);                                        | unknown
      unresolvable name             | take(nowhere);                                    | unknown
      switch expression that throws | take(switch (n) { default -> throw new IllegalStateException(); }); | unknown
      a negation reads the local    | Object x = o; int k = 3; int j = -k; take(x);     | param 1
      negation keeps a local's value | int k = n; int j = -k; take(k);                  | param 0
      field of an anonymous class   | new Object() { int f = 1; void g() { take(this.f); } };   | field p.Shape$1.f on this
      anonymous class captures      | new Runnable() { public void run() { take(o); } }; | captured from p.Shape#run(int,java.lang.Object,p.Shape)
      """)
  void argumentOfTake(String shape, String body, String expected) throws Exception {
    MethodFacts m = withTake(facts(body));
    CallFact take = m.calls().stream().filter(f -> f.member().equals("take")).findFirst().get();
    assertEquals(expected, describe(m, take.args().get(0)), shape);
  }

  private static List<String> returns(List<ClassFacts> classes, String owner, String method) {
    MethodFacts m =
        classes.stream()
            .filter(c -> c.name().equals(owner))
            .flatMap(c -> c.methods().stream())
            .filter(x -> x.name().equals(method))
            .findFirst()
            .orElseThrow();
    return m.returns().stream().map(r -> describe(m, r)).toList();
  }

  @Test
  void aMethodReturnsItsOwnValuesNotThoseOfItsLambdas() throws Exception {
    List<ClassFacts> classes =
        analyse(
            root,
            """
            package p;
            class Shape {
              static native int make();
              int viaLambda() {
                java.util.function.IntSupplier s = () -> { return 5; };
                return make();
              }
              int afterLambda() { Runnable r = () -> { }; return make(); }
            }
            enum Mode { A, B; Object first() { return A; } }
            """);
    assertEquals(List.of("result p.Shape#make"), returns(classes, "p.Shape", "viaLambda"));
    assertEquals(List.of("result p.Shape#make"), returns(classes, "p.Shape", "afterLambda"));
    assertEquals(
        List.of("const null p.Mode.A"),
        returns(classes, "p.Mode", "first"),
        "an enum constant by its simple name inside the enum");
  }

  @Test
  void constructorCallsOnTheNewObjectWithoutConstructorRules() throws Exception {
    RulePack noConstructors =
        new RulePack(List.of(TestSupport.rule("r", TestSupport.pattern("*", "nothing"))));
    List<ClassFacts> classes =
        analyse(
            root,
            """
            package p;
            class Base { Base(int x) {} }
            class Shape extends Base { Shape() { super(1); } Shape(int y) { this(); } }
            """,
            noConstructors);
    List<String> calls =
        classes.stream()
            .filter(c -> c.name().equals("p.Shape"))
            .flatMap(c -> c.methods().stream())
            .flatMap(
                m ->
                    m.calls().stream()
                        .map(
                            f ->
                                f.owner()
                                    + " "
                                    + f.kind()
                                    + " "
                                    + f.paramTypes()
                                    + " on "
                                    + describe(m, f.receiver())))
            .sorted()
            .toList();
    assertEquals(
        List.of("p.Base SUPER_CONSTRUCTOR null on this", "p.Shape SUPER_CONSTRUCTOR null on this"),
        calls,
        "owners from the declaration, not resolved");
  }

  private static String stores(MethodFacts m) {
    return m.stores().stream()
        .map(
            s ->
                s.owner()
                    + "."
                    + s.name()
                    + (s.isStatic() ? " static" : " on " + describe(m, s.receiver()))
                    + " = "
                    + describe(m, s.value()))
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      instance field                | held = 4;                      | p.Shape.held on this = const 4 null
      through this                  | this.held = n;                 | p.Shape.held on this = param 0
      static field                  | SHARED = n;                    | p.Shape.SHARED static = param 0
      static field through the type | Shape.SHARED = n;              | p.Shape.SHARED static = param 0
      field of another object       | s.held = n;                    | p.Shape.held on param 2 = param 0
      inherited field               | inherited = n;                 | p.Base.inherited on this = param 0
      compound assignment           | held += n;                     | p.Shape.held on this = unknown
      array element                 | arr[n] = 4;                    | ''
      local                         | int x; x = n;                  | ''
      """)
  void fieldStores(String shape, String body, String expected) throws Exception {
    assertEquals(expected, stores(run(facts(body))), shape);
  }

  private static String tests(MethodFacts m) {
    return m.typeTests().stream()
        .map(
            (TypeTest t) ->
                (t.isCast() ? "cast " : "instanceof ") + describe(m, t.value()) + " " + t.type())
        .collect(Collectors.joining("; "));
  }

  private static String refs(MethodFacts m) {
    return m.typeRefs().stream()
        .map(r -> r.kind() + " " + r.type())
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      reference cast        | Object x = (String) o;                             | cast param 1 java.lang.String      | CAST java.lang.String
      primitive cast        | long x = (long) n;                                 | ''                                 | ''
      instanceof            | boolean b = o instanceof String;                   | instanceof param 1 java.lang.String | INSTANCEOF java.lang.String
      pattern               | if (o instanceof Shape t) { }                      | instanceof param 1 p.Shape          | INSTANCEOF p.Shape
      case type pattern     | switch (o) { case String t -> { } default -> { } } | instanceof param 1 java.lang.String | ''
      class literal         | Object c = Shape.class;                            | ''                                 | CLASS_LITERAL p.Shape
      constructor reference | java.util.function.Supplier<Shape> f = Shape::new; | ''                                 | METHOD_REFERENCE p.Shape
      method reference      | Runnable r = this::helper;                         | ''                                 | ''
      """)
  void typeTestsAndReferences(String shape, String body, String tests, String refs)
      throws Exception {
    MethodFacts m = run(facts(body));
    assertEquals(tests, tests(m), shape);
    assertEquals(refs, refs(m), shape);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      own instance method    | helper();            | p.Shape#helper VIRTUAL on this
      own static method      | make();              | p.Shape#make STATIC
      static through type    | Shape.make();        | p.Shape#make STATIC
      method of a parameter  | s.helper();          | p.Shape#helper VIRTUAL on param 2
      library static         | List.of(o);          | java.util.List#of STATIC
      library instance       | o.toString();        | java.lang.Object#toString VIRTUAL on param 1
      constructor            | new Shape();         | p.Shape#<init> CONSTRUCTOR
      chained call           | s.self().helper();   | p.Shape#helper VIRTUAL on result p.Shape#self
      call in a case guard   | switch (o) { case String t when t.isEmpty() -> { } default -> { } } | java.lang.String#isEmpty VIRTUAL on param 1
      """)
  void calls(String shape, String body, String expected) throws Exception {
    MethodFacts m = run(facts(body));
    CallFact call = m.calls().get(m.calls().size() - 1);
    String receiver =
        call.kind() == CallFact.Kind.VIRTUAL ? " on " + describe(m, call.receiver()) : "";
    assertEquals(
        expected, call.owner() + "#" + call.member() + " " + call.kind() + receiver, shape);
  }
}
