package io.github.sockcheck.core.flow;

import static io.github.sockcheck.core.flow.FactsBuilder.method;
import static io.github.sockcheck.core.flow.FactsBuilder.type;
import static io.github.sockcheck.core.flow.SolverTestSupport.onlyCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.flow.CallFact.Kind;
import io.github.sockcheck.core.flow.FactsBuilder.MethodBuilder;
import io.github.sockcheck.core.flow.FlowSolver.CallRef;
import io.github.sockcheck.core.rules.MemberPattern;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;

/**
 * How calls find the methods they run (overloads, inheritance, overrides), how fields find their
 * declaring class, and the solver's answers at the edges (bad indexes, unknown sites, library
 * calls).
 */
class ProgramLinkingTest {

  private static final String EPOLL = "io.netty.channel.epoll.EpollServerSocketChannel";
  private static final String DC = "java.nio.channels.DatagramChannel";

  private static FlowSolver solve(FactsBuilder.ClassBuilder... classes) {
    return SolverTestSupport.solve(FlowModel.EMPTY, classes);
  }

  /** A private method {@code fd()} of {@code owner} returning {@code value}. */
  private static MethodBuilder returning(long value) {
    MethodBuilder m = method("fd", Access.PRIVATE).returning("int");
    m.ret(m.constant(value));
    return m;
  }

  /**
   * {@code new EpollServerSocketChannel(receiver.fd())} where receiver is a parameter typed {@code
   * owner}.
   */
  private static MethodBuilder useFd(
      String owner, Kind kind, List<String> paramTypes, Integer... args) {
    MethodBuilder m = method("use", Access.PUBLIC, owner);
    int receiver = kind == Kind.STATIC ? -1 : m.param(0);
    for (int i = 0; i < args.length; i++) args[i] = m.constant(args[i]);
    int fd = m.add(new ValueNode.CallResult(0));
    m.callWithParams(owner, "fd", kind, receiver, "int", paramTypes, args);
    m.construct(EPOLL, fd);
    return m;
  }

  private static Set<Object> fdValues(FlowSolver solver) {
    Set<Object> values = new HashSet<>();
    for (Origin o : solver.argumentOrigins(onlyCall(solver, EPOLL, "<init>"), 0)) {
      values.add(o instanceof Origin.Constant c ? c.value() : o.getClass().getSimpleName());
    }
    return values;
  }

  @Test
  void aVirtualCallRunsTheNearestInheritedMethodAndEveryOverride() {
    FlowSolver solver =
        solve(
            type("com.example.A").method(returning(1)),
            type("com.example.B").extend("com.example.A").method(returning(2)),
            type("com.example.C").extend("com.example.B"),
            type("com.example.D").extend("com.example.C").method(returning(4)),
            type("com.example.Other").method(returning(9)),
            type("com.example.Main").method(useFd("com.example.C", Kind.VIRTUAL, null)));
    assertEquals(Set.of(2L, 4L), fdValues(solver));
  }

  @Test
  void aVirtualCallOnAnInterfaceReachesItsImplementations() {
    FlowSolver solver =
        solve(
            type("com.example.Impl").implement("com.example.Api").method(returning(5)),
            type("com.example.Main").method(useFd("com.example.Api", Kind.VIRTUAL, null)));
    assertEquals(Set.of(5L), fdValues(solver));
  }

  @Test
  void aStaticCallFindsAMethodInheritedFromASupertype() {
    FlowSolver solver =
        solve(
            type("com.example.A").method(returning(1).asStatic()),
            type("com.example.B").extend("com.example.A"),
            type("com.example.Main").method(useFd("com.example.B", Kind.STATIC, null)));
    assertEquals(Set.of(1L), fdValues(solver));
  }

  /**
   * The fd values of {@code new EpollServerSocketChannel(receiver.fd(args))} on a receiver typed
   * {@code a}, with the parameter types the engine resolved for the call.
   */
  private static Set<Object> fdValuesCallingFdOf(
      FactsBuilder.ClassBuilder a, List<String> paramTypes, Integer... args) {
    return fdValues(
        solve(a, type("com.example.Main").method(useFd(a.name(), Kind.VIRTUAL, paramTypes, args))));
  }

  @Test
  void overloadsAreTellByArityAndErasedParameterTypes() {
    MethodBuilder intFd = method("fd", Access.PRIVATE, "int").returning("int");
    intFd.ret(intFd.constant(10));
    MethodBuilder listFd = method("fd", Access.PRIVATE, "java.util.List").returning("int");
    listFd.ret(listFd.constant(20));
    MethodBuilder unknownFd = method("fd", Access.PRIVATE, "int", "int").returning("int");
    unknownFd.ret(unknownFd.constant(30));
    FactsBuilder.ClassBuilder a =
        type("com.example.A").method(intFd).method(listFd).method(unknownFd);
    assertEquals(
        Set.of(20L), fdValuesCallingFdOf(a, List.of("java.util.List<java.lang.String>"), 0));
    assertEquals(Set.of(10L), fdValuesCallingFdOf(a, List.of("int"), 0));
    assertEquals(Set.of(10L, 20L), fdValuesCallingFdOf(a, null, 0));
    assertEquals(Set.of(30L), fdValuesCallingFdOf(a, java.util.Arrays.asList(null, "int"), 0, 0));
    assertEquals(
        Set.of("Call"),
        fdValuesCallingFdOf(a, List.of("long"), 0),
        "no overload fits: a call the program does not follow");
  }

  @Test
  void aCallOnAnUnknownOwnerRunsNothing() {
    FlowSolver solver =
        solve(
            type("com.example.A").method(returning(1)),
            type("com.example.Main").method(useFd("*", Kind.VIRTUAL, null)));
    assertEquals(Set.of("Call"), fdValues(solver));
  }

  @Test
  void aFieldDeclaredInASuperclassIsOneFieldThroughEverySubclass() {
    MethodBuilder init = method("<init>", Access.PUBLIC);
    init.store("com.example.Sub", "fd", init.self(), init.constant(3));
    MethodBuilder use = method("use", Access.PUBLIC);
    use.construct(EPOLL, use.read("com.example.Base", "fd", use.self()));
    MethodBuilder other = method("other", Access.PUBLIC);
    other.store("com.example.Unrelated", "fd", other.self(), other.constant(4));
    FlowSolver solver =
        solve(
            type("com.example.Base").field("fd", Access.PRIVATE).method(use),
            type("com.example.Sub").extend("com.example.Base").method(init),
            type("com.example.Unrelated").field("fd", Access.PRIVATE).method(other));
    assertEquals(Set.of(3L), fdValues(solver));
  }

  @Test
  void aFieldOfALibrarySuperclassIsKeptUnderTheNameItWasReadThrough() {
    MethodBuilder init = method("<init>", Access.PUBLIC);
    init.store("com.example.Sub", "fd", init.self(), init.constant(3));
    MethodBuilder use = method("use", Access.PUBLIC);
    use.construct(EPOLL, use.read("com.example.Sub", "fd", use.self()));
    FlowSolver solver =
        solve(type("com.example.Sub").extend("com.lib.Base").method(init).method(use));
    assertEquals(Set.of(3L), fdValues(solver));
  }

  @Test
  void producerFindsTheCallAnOriginNamesAndNothingForOtherSites() {
    MethodBuilder m = method("start", Access.PUBLIC);
    m.construct(EPOLL, m.call("com.lib.Fds", "listen", Kind.STATIC, -1, "int"));
    FlowSolver solver = solve(type("com.example.Main").method(m));
    SortedSet<Origin> origins = solver.argumentOrigins(onlyCall(solver, EPOLL, "<init>"), 0);
    Origin.Call produced = (Origin.Call) origins.first();
    assertEquals(
        onlyCall(solver, "com.lib.Fds", "listen"), solver.producer(produced).orElseThrow());
    String method = produced.site().substring(0, produced.site().indexOf('@'));
    for (String site :
        List.of(
            "no-at-sign", method + "@x", method + "@-1", method + "@2", "com.example.Nope#m()@0")) {
      Origin.Call fake = new Origin.Call("com.lib.Fds", new java.util.TreeSet<>(), "listen", site);
      assertTrue(solver.producer(fake).isEmpty(), site);
    }
    assertTrue(
        solver
            .producer(
                new Origin.Call("com.lib.Fds", new java.util.TreeSet<>(), "listen", method + "@1"))
            .isPresent());
  }

  @Test
  void receiverOriginsOfVirtualCallsOnly() {
    MethodBuilder m = method("start", Access.PUBLIC);
    int open = m.call(DC, "open", Kind.STATIC, -1, DC);
    m.call(DC, "join", Kind.VIRTUAL, open, "void");
    FlowSolver solver = solve(type("com.example.Main").method(m));
    SortedSet<Origin> receiver = solver.receiverOrigins(onlyCall(solver, DC, "join"));
    assertEquals(1, receiver.size());
    assertEquals("open", ((Origin.Call) receiver.first()).member());
    assertEquals(Set.of(), solver.receiverOrigins(onlyCall(solver, DC, "open")));
  }

  @Test
  void badIndexesGiveUnknownValuesNotErrors() {
    MethodBuilder m = method("start", Access.PUBLIC, "int");
    int badParam = m.add(new ValueNode.Parameter(1));
    int negativeParam = m.add(new ValueNode.Parameter(-1));
    int badCall = m.add(new ValueNode.CallResult(7));
    int badCapture = m.add(new ValueNode.Captured("com.example.Nope#m()", 0));
    int merged = m.merge(m.constant(1), 99, -1);
    m.construct(EPOLL, badParam, negativeParam, badCall, badCapture, merged, 42);
    FlowSolver solver = solve(type("com.example.Main").method(m));
    CallRef ctor = onlyCall(solver, EPOLL, "<init>");
    for (int i = 0; i < 4; i++) {
      SortedSet<Origin> o = solver.argumentOrigins(ctor, i);
      assertEquals(1, o.size(), o::toString);
      assertTrue(o.first() instanceof Origin.Unknown, o::toString);
    }
    assertEquals(Set.of(new Origin.Constant(1L, null)), solver.argumentOrigins(ctor, 4));
    assertEquals(Set.of(new Origin.Unknown("no value")), solver.argumentOrigins(ctor, 5));
    assertEquals(Set.of(new Origin.Unknown("no value")), solver.argumentOrigins(ctor, 6));
    assertEquals(Set.of(new Origin.Unknown("no value")), solver.argumentOrigins(ctor, -1));
  }

  @Test
  void resultsOfLambdaLinksAndSuperConstructorCallsAreUnknownAndConstructorsAreCalls() {
    MethodBuilder m = method("<init>", Access.PUBLIC);
    int lambda = m.call("com.example.Main", "lambda$0", Kind.LAMBDA, -1, "java.lang.Runnable");
    int superCall = m.call("com.example.Base", "<init>", Kind.SUPER_CONSTRUCTOR, m.self(), "void");
    int created = m.construct("com.lib.Thing");
    m.construct(EPOLL, lambda, superCall, created);
    MethodBuilder body = method("lambda$0", Access.PRIVATE).asSynthetic().returning("int");
    body.ret(body.constant(8));
    MethodBuilder baseCtor = method("<init>", Access.PUBLIC).returning("void");
    baseCtor.ret(baseCtor.constant(9));
    FlowSolver solver =
        solve(
            type("com.example.Main").extend("com.example.Base").method(m).method(body),
            type("com.example.Base").method(baseCtor));
    CallRef ctor = onlyCall(solver, EPOLL, "<init>");
    assertEquals(Set.of(new Origin.Unknown("lambda")), solver.argumentOrigins(ctor, 0));
    assertEquals(Set.of(new Origin.Unknown("constructor call")), solver.argumentOrigins(ctor, 1));
    Origin thing = solver.argumentOrigins(ctor, 2).first();
    assertTrue(
        thing instanceof Origin.Call c
            && c.owner().equals("com.lib.Thing")
            && c.member().equals("<init>"),
        thing::toString);
  }

  @Test
  void aCallOriginCarriesTheProgramsSupertypesOfItsOwner() {
    MethodBuilder m = method("start", Access.PUBLIC);
    m.construct(
        EPOLL,
        m.call(
            "com.example.MyChannel",
            Set.of("com.lib.Known"),
            "fd",
            Kind.VIRTUAL,
            m.unknown(),
            "int"));
    FlowSolver solver =
        solve(
            type("com.example.MyChannel")
                .extend("io.netty.channel.epoll.AbstractEpollChannel")
                .implement("com.example.Marker"),
            type("com.example.Main").method(m));
    Origin.Call c =
        (Origin.Call) solver.argumentOrigins(onlyCall(solver, EPOLL, "<init>"), 0).first();
    assertEquals(
        Set.of(
            "com.lib.Known", "io.netty.channel.epoll.AbstractEpollChannel", "com.example.Marker"),
        c.ownerSupertypes());
    assertEquals(
        Set.of("io.netty.channel.epoll.AbstractEpollChannel", "com.example.Marker"),
        solver.programSupertypes("com.example.MyChannel"));
    assertEquals(Set.of(), solver.programSupertypes("com.lib.Unknown"));
  }

  @Test
  void aReturnOfOnlyParametersGivesEachCallerItsOwnArgument() {
    MethodBuilder check = method("check", Access.PRIVATE, "int", "int").asStatic().returning("int");
    check.ret(check.merge(check.param(0), check.param(1)));
    MethodBuilder mixed = method("mixed", Access.PRIVATE, "int").asStatic().returning("int");
    mixed.ret(mixed.merge(mixed.param(0), mixed.constant(100)));
    MethodBuilder a = method("a", Access.PUBLIC);
    a.construct(
        EPOLL,
        a.call("com.example.U", "check", Kind.STATIC, -1, "int", a.constant(1), a.constant(2)));
    MethodBuilder b = method("b", Access.PUBLIC);
    b.call("com.example.U", "check", Kind.STATIC, -1, "int", b.constant(3), b.constant(4));
    b.construct(
        "io.netty.channel.epoll.EpollSocketChannel",
        b.call("com.example.U", "mixed", Kind.STATIC, -1, "int", b.constant(5)));
    MethodBuilder c = method("c", Access.PUBLIC);
    c.call("com.example.U", "mixed", Kind.STATIC, -1, "int", c.constant(6));
    FlowSolver solver =
        solve(
            type("com.example.U").method(check).method(mixed),
            type("com.example.M").method(a).method(b).method(c));
    assertEquals(
        Set.of(new Origin.Constant(1L, null), new Origin.Constant(2L, null)),
        solver.argumentOrigins(onlyCall(solver, EPOLL, "<init>"), 0));
    // mixed() returns a constant too: its return node is shared, so every caller's argument reaches
    // it
    assertEquals(
        Set.of(
            new Origin.Constant(5L, null),
            new Origin.Constant(6L, null),
            new Origin.Constant(100L, null)),
        solver.argumentOrigins(
            onlyCall(solver, "io.netty.channel.epoll.EpollSocketChannel", "<init>"), 0));
  }

  @Test
  void aPassThroughMatchesTheOwnerOrItsSupertypesAndTheMemberAndNeedsItsInput() {
    FlowModel model =
        new FlowModel(
            List.of(
                new PassThrough(
                    new MemberPattern("com.lib.Chan", "self"), PassThrough.RECEIVER, "test"),
                new PassThrough(new MemberPattern("com.lib.Fd", "<init>"), 0, "test"),
                new PassThrough(new MemberPattern("*", "wrap"), 1, "test")));
    MethodBuilder m = method("start", Access.PUBLIC);
    int seven = m.constant(7);
    int viaReceiver = m.call("com.lib.Chan", "self", Kind.VIRTUAL, seven, "com.lib.Chan");
    int viaSubtype =
        m.call(
            "com.lib.SubChan", Set.of("com.lib.Chan"), "self", Kind.VIRTUAL, seven, "com.lib.Chan");
    int otherMember = m.call("com.lib.Chan", "other", Kind.VIRTUAL, seven, "com.lib.Chan");
    int staticSelf = m.call("com.lib.Chan", "self", Kind.STATIC, -1, "com.lib.Chan");
    int wrapped = m.construct("com.lib.Fd", seven);
    int anyOwner = m.call("com.any.Thing", "wrap", Kind.STATIC, -1, "int", m.constant(1), seven);
    int tooFewArgs = m.call("com.any.Thing", "wrap", Kind.STATIC, -1, "int", seven);
    m.construct(
        EPOLL, viaReceiver, viaSubtype, otherMember, staticSelf, wrapped, anyOwner, tooFewArgs);
    FlowSolver solver = SolverTestSupport.solve(model, type("com.example.Main").method(m));
    CallRef ctor = onlyCall(solver, EPOLL, "<init>");
    Set<Origin> seventh = Set.of(new Origin.Constant(7L, null));
    assertEquals(seventh, solver.argumentOrigins(ctor, 0));
    assertEquals(seventh, solver.argumentOrigins(ctor, 1));
    assertTrue(solver.argumentOrigins(ctor, 2).first() instanceof Origin.Call);
    assertTrue(solver.argumentOrigins(ctor, 3).first() instanceof Origin.Call);
    assertEquals(seventh, solver.argumentOrigins(ctor, 4));
    assertEquals(seventh, solver.argumentOrigins(ctor, 5));
    assertTrue(solver.argumentOrigins(ctor, 6).first() instanceof Origin.Call);
  }

  @Test
  void usesAreInProgramOrderAndNeverTheCallItself() {
    MethodBuilder later = method("later", Access.PRIVATE, DC);
    later.call(DC, "close", Kind.VIRTUAL, later.param(0), "void");
    MethodBuilder m = method("start", Access.PUBLIC);
    int open = m.call(DC, "open", Kind.STATIC, -1, DC);
    m.call(DC, "join", Kind.VIRTUAL, open, "void");
    m.call("com.example.Main", "later", Kind.VIRTUAL, m.self(), "void", open);
    m.call(DC, "isOpen", Kind.VIRTUAL, open, "boolean");
    FlowSolver solver = solve(type("com.example.Main").method(later).method(m));
    List<String> uses =
        solver.uses(onlyCall(solver, DC, "open")).stream().map(u -> u.fact().member()).toList();
    assertEquals(List.of("close", "join", "isOpen"), uses);
  }

  @Test
  void callRefsAreEqualByPlaceAndHashAlike() {
    MethodBuilder m = method("start", Access.PUBLIC);
    m.call("com.lib.A", "a", Kind.STATIC, -1, "void");
    m.call("com.lib.A", "b", Kind.STATIC, -1, "void");
    FlowSolver solver = solve(type("com.example.Main").method(m));
    List<CallRef> first = solver.calls();
    List<CallRef> second = solver.calls();
    assertEquals(first, second);
    assertEquals(first.get(0).hashCode(), second.get(0).hashCode());
    assertTrue(new HashSet<>(first).containsAll(second));
    assertTrue(!first.get(0).equals(first.get(1)));
    assertEquals(2, new HashSet<>(first).size());
    assertEquals(1, solver.methods().size());
    assertEquals("start", solver.methods().get(0).getValue().name());
    assertEquals("start/0", solver.methods().get(0).getValue().key());
  }
}
