package io.github.sockcheck.core.flow;

import static io.github.sockcheck.core.flow.FactsBuilder.method;
import static io.github.sockcheck.core.flow.FactsBuilder.type;
import static io.github.sockcheck.core.flow.SolverTestSupport.assertOnlyFromCallOf;
import static io.github.sockcheck.core.flow.SolverTestSupport.onlyCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.flow.CallFact.Kind;
import io.github.sockcheck.core.flow.FactsBuilder.MethodBuilder;
import io.github.sockcheck.core.flow.FlowSolver.CallRef;
import io.github.sockcheck.core.rules.FlowModelLoader;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;

/** The solver on hand-made facts: each test is one flow shape the Java rules depend on. */
class FlowSolverTest {

  private static final String DC = "java.nio.channels.DatagramChannel";
  private static final String EPOLL = "io.netty.channel.epoll.EpollServerSocketChannel";
  private static final String FD = "io.netty.channel.unix.FileDescriptor";

  private static FlowSolver solve(FactsBuilder.ClassBuilder... classes) {
    return SolverTestSupport.solve(FlowModelLoader.builtIn(), classes);
  }

  private static List<String> useMembers(FlowSolver solver, CallRef call) {
    return solver.uses(call).stream().map(u -> u.fact().member()).toList();
  }

  @Test
  void aMergeKeepsEveryValueThatReachesTheUse() {
    MethodBuilder m = method("open", Access.PUBLIC).asStatic();
    int minus = m.constant(-1);
    int six = m.constant(6);
    m.call(
        "com.example.Libc",
        "socket",
        Kind.STATIC,
        -1,
        "int",
        m.constant(2),
        m.constant(1),
        m.merge(minus, six));
    FlowSolver solver = solve(type("com.example.Server").method(m));
    SortedSet<Origin> origins =
        solver.argumentOrigins(onlyCall(solver, "com.example.Libc", "socket"), 2);
    assertEquals(Set.of(new Origin.Constant(-1L, null), new Origin.Constant(6L, null)), origins);
  }

  @Test
  void aChannelStoredInAFieldAndExposedByAGetterIsJoinedInAnotherClass() {
    MethodBuilder ctor = method("<init>", Access.PUBLIC);
    int self = ctor.self();
    ctor.store("com.example.Receiver", "channel", self, ctor.call(DC, "open", Kind.STATIC, -1, DC));
    MethodBuilder getter = method("channel", Access.PUBLIC).returning(DC);
    getter.ret(getter.read("com.example.Receiver", "channel", getter.self()));
    MethodBuilder subscribe = method("subscribe", Access.PUBLIC, "com.example.Receiver");
    int receiver = subscribe.param(0);
    int channel = subscribe.call("com.example.Receiver", "channel", Kind.VIRTUAL, receiver, DC);
    subscribe.call(
        DC,
        "join",
        Kind.VIRTUAL,
        channel,
        "java.nio.channels.MembershipKey",
        subscribe.unknown(),
        subscribe.unknown());
    FlowSolver solver =
        solve(
            type("com.example.Receiver")
                .field("channel", Access.PRIVATE)
                .method(ctor)
                .method(getter),
            type("com.example.Subscriber").method(subscribe));
    assertEquals(List.of("join"), useMembers(solver, onlyCall(solver, DC, "open")));
  }

  @Test
  void aChannelFromAFactoryPassedToAHelperThatJoins() {
    MethodBuilder factory = method("create", Access.PUBLIC).asStatic().returning(DC);
    factory.ret(factory.call(DC, "open", Kind.STATIC, -1, DC));
    MethodBuilder helper = method("subscribe", Access.PUBLIC, DC).asStatic();
    helper.call(
        DC,
        "join",
        Kind.VIRTUAL,
        helper.param(0),
        "java.nio.channels.MembershipKey",
        helper.unknown(),
        helper.unknown());
    MethodBuilder main = method("main", Access.PUBLIC).asStatic();
    main.call(
        "com.example.Helper",
        "subscribe",
        Kind.STATIC,
        -1,
        "void",
        main.call("com.example.Factory", "create", Kind.STATIC, -1, DC));
    FlowSolver solver =
        solve(
            type("com.example.Factory").method(factory),
            type("com.example.Helper").method(helper),
            type("com.example.Main").method(main));
    assertEquals(List.of("join"), useMembers(solver, onlyCall(solver, DC, "open")));
  }

  @Test
  void fluentCallsThatReturnTheirReceiverKeepTheChannel() {
    MethodBuilder m = method("start", Access.PUBLIC);
    int open = m.call(DC, "open", Kind.STATIC, -1, DC);
    int bound = m.call(DC, "bind", Kind.VIRTUAL, open, DC, m.unknown());
    int configured =
        m.call(DC, "setOption", Kind.VIRTUAL, bound, DC, m.unknown(), m.constant(true));
    m.call(
        DC,
        "join",
        Kind.VIRTUAL,
        configured,
        "java.nio.channels.MembershipKey",
        m.unknown(),
        m.unknown());
    FlowSolver solver = solve(type("com.example.Fluent").method(m));
    assertEquals(
        List.of("bind", "setOption", "join"), useMembers(solver, onlyCall(solver, DC, "open")));
  }

  @Test
  void aLibraryCallThatIsNotFluentEndsTheChannel() {
    MethodBuilder m = method("start", Access.PUBLIC);
    int open = m.call(DC, "open", Kind.STATIC, -1, DC);
    int wrapped = m.call("com.lib.Wrap", "wrap", Kind.STATIC, -1, DC, open);
    m.call(
        DC,
        "join",
        Kind.VIRTUAL,
        wrapped,
        "java.nio.channels.MembershipKey",
        m.unknown(),
        m.unknown());
    FlowSolver solver = solve(type("com.example.NotFluent").method(m));
    assertEquals(List.of(), useMembers(solver, onlyCall(solver, DC, "open")));
  }

  @Test
  void aNettyChannelsOwnDescriptorIsKnownThroughIntValue() {
    MethodBuilder m = method("adopt", Access.PUBLIC, "io.netty.channel.epoll.EpollSocketChannel");
    int fd =
        m.call("io.netty.channel.epoll.EpollSocketChannel", "fd", Kind.VIRTUAL, m.param(0), FD);
    int number = m.call(FD, "intValue", Kind.VIRTUAL, fd, "int");
    m.construct(EPOLL, number);
    FlowSolver solver = solve(type("com.example.Adopt").method(m));
    SortedSet<Origin> origins = solver.argumentOrigins(onlyCall(solver, EPOLL, "<init>"), 0);
    assertOnlyFromCallOf("fd", origins);
  }

  @Test
  void aDescriptorReceivedAsAMessageComesFromOutside() {
    // channelRead(ctx, Object msg) { FileDescriptor fd = (FileDescriptor) msg; new
    // EpollServerSocketChannel(fd.intValue()); }
    MethodBuilder m =
        method(
            "channelRead",
            Access.PUBLIC,
            "io.netty.channel.ChannelHandlerContext",
            "java.lang.Object");
    int msg = m.param(1);
    m.cast(msg, FD);
    int number = m.call(FD, "intValue", Kind.VIRTUAL, msg, "int");
    m.construct(EPOLL, number);
    FlowSolver solver = solve(type("com.example.Handoff").method(m));
    SortedSet<Origin> origins = solver.argumentOrigins(onlyCall(solver, EPOLL, "<init>"), 0);
    assertEquals(
        Set.of(
            new Origin.Parameter(
                "com.example.Handoff#channelRead(io.netty.channel.ChannelHandlerContext,java.lang.Object)",
                1)),
        origins);
  }

  @Test
  void aPrivateMethodsParameterTakesTheValuesItsCallersPass() {
    MethodBuilder wrap = method("wrap", Access.PRIVATE, "int");
    wrap.construct(EPOLL, wrap.param(0));
    MethodBuilder caller = method("start", Access.PUBLIC);
    int fd =
        caller.call(
            "com.example.Libc",
            "socket",
            Kind.STATIC,
            -1,
            "int",
            caller.constant(2),
            caller.constant(1),
            caller.constant(0));
    caller.call("com.example.Server", "wrap", Kind.VIRTUAL, caller.self(), "void", fd);
    FlowSolver solver = solve(type("com.example.Server").method(wrap).method(caller));
    SortedSet<Origin> origins = solver.argumentOrigins(onlyCall(solver, EPOLL, "<init>"), 0);
    assertOnlyFromCallOf("socket", origins);
  }

  @Test
  void aPublicMethodsParameterIsOutsideEvenWithKnownCallers() {
    MethodBuilder wrap = method("wrap", Access.PUBLIC, "int");
    wrap.construct(EPOLL, wrap.param(0));
    MethodBuilder caller = method("start", Access.PUBLIC);
    caller.call(
        "com.example.Server", "wrap", Kind.VIRTUAL, caller.self(), "void", caller.constant(3));
    FlowSolver solver = solve(type("com.example.Server").method(wrap).method(caller));
    SortedSet<Origin> origins = solver.argumentOrigins(onlyCall(solver, EPOLL, "<init>"), 0);
    assertTrue(origins.contains(new Origin.Constant(3L, null)), origins::toString);
    assertTrue(origins.stream().anyMatch(o -> o instanceof Origin.Parameter), origins::toString);
  }

  @Test
  void aFieldTakesEveryValueStoredInIt() {
    MethodBuilder init = method("<init>", Access.PUBLIC);
    init.store("com.example.Holder", "fd", init.self(), init.constant(3));
    MethodBuilder reset = method("reset", Access.PUBLIC);
    reset.store(
        "com.example.Holder",
        "fd",
        reset.self(),
        reset.call("java.lang.Integer", "parseInt", Kind.STATIC, -1, "int", reset.unknown()));
    MethodBuilder use = method("use", Access.PUBLIC);
    use.construct(EPOLL, use.read("com.example.Holder", "fd", use.self()));
    FlowSolver solver =
        solve(
            type("com.example.Holder")
                .field("fd", Access.PRIVATE)
                .method(init)
                .method(reset)
                .method(use));
    SortedSet<Origin> origins = solver.argumentOrigins(onlyCall(solver, EPOLL, "<init>"), 0);
    assertEquals(2, origins.size(), origins::toString);
  }

  @Test
  void aFieldNothingStoresIntoComesFromOutside() {
    MethodBuilder use = method("use", Access.PUBLIC);
    use.construct(EPOLL, use.read("com.example.Holder", "fd", use.self()));
    FlowSolver solver = solve(type("com.example.Holder").field("fd", Access.PRIVATE).method(use));
    assertEquals(
        Set.of(new Origin.Field("com.example.Holder", "fd", false)),
        solver.argumentOrigins(onlyCall(solver, EPOLL, "<init>"), 0));
  }

  @Test
  void loopsTerminate() {
    MethodBuilder m = method("spin", Access.PUBLIC);
    int start = m.constant(3);
    int placeholder =
        m.add(new ValueNode.Merge(List.of(start, 2))); // node 1 merges itself through node 2
    m.add(new ValueNode.Merge(List.of(placeholder)));
    m.construct(EPOLL, placeholder);
    FlowSolver solver = solve(type("com.example.Loop").method(m));
    assertEquals(
        Set.of(new Origin.Constant(3L, null)),
        solver.argumentOrigins(onlyCall(solver, EPOLL, "<init>"), 0));
  }

  @Test
  void capturedValuesOfTheEnclosingMethodFlowIntoALambdaBody() {
    MethodBuilder outer = method("start", Access.PUBLIC);
    int fd =
        outer.call(
            "com.example.Libc",
            "socket",
            Kind.STATIC,
            -1,
            "int",
            outer.constant(2),
            outer.constant(1),
            outer.constant(0));
    outer.call("com.example.Server", "lambda$start$0", Kind.LAMBDA, -1, "void", fd);
    MethodBuilder lambda = method("lambda$start$0", Access.PRIVATE, "int").asStatic().asSynthetic();
    lambda.construct(EPOLL, lambda.param(0));
    MethodBuilder anonymous = method("run", Access.PUBLIC);
    anonymous.construct(EPOLL, anonymous.captured("com.example.Server#start()", fd));
    FlowSolver solver =
        solve(
            type("com.example.Server").method(outer).method(lambda),
            type("com.example.Server$1").method(anonymous));
    for (CallRef ctor :
        solver.calls().stream().filter(c -> c.fact().owner().equals(EPOLL)).toList()) {
      assertOnlyFromCallOf("socket", solver.argumentOrigins(ctor, 0));
    }
  }

  @Test
  void castsOfTheResultAreFoundThroughLocalsAndFields() {
    MethodBuilder m = method("start", Access.PUBLIC);
    int inherited =
        m.call(
            "java.lang.System", "inheritedChannel", Kind.STATIC, -1, "java.nio.channels.Channel");
    m.store("com.example.Inetd", "channel", m.self(), inherited);
    MethodBuilder later = method("serve", Access.PUBLIC);
    later.cast(later.read("com.example.Inetd", "channel", later.self()), DC);
    FlowSolver solver =
        solve(type("com.example.Inetd").field("channel", Access.PRIVATE).method(m).method(later));
    assertEquals(
        List.of(DC),
        solver.casts(onlyCall(solver, "java.lang.System", "inheritedChannel")).stream()
            .map(TypeTest::type)
            .toList());
  }

  @Test
  void needsAskForCallersOfPackagePrivateMethodsAndAccessorsOfOpenFields() {
    MethodBuilder wrap = method("wrap", Access.PACKAGE, "int");
    wrap.construct(EPOLL, wrap.param(0));
    MethodBuilder publish = method("publish", Access.PUBLIC).returning(DC);
    int open = publish.call(DC, "open", Kind.STATIC, -1, DC);
    publish.store("com.example.Server", "shared", publish.self(), open);
    publish.ret(open);
    MethodBuilder project = method("project", Access.PUBLIC);
    project.construct(
        EPOLL, project.call("com.example.config.Fds", "listenFd", Kind.STATIC, -1, "int"));
    FlowSolver solver =
        solve(
            type("com.example.Server")
                .field("shared", Access.PACKAGE)
                .method(wrap)
                .method(publish)
                .method(project));
    io.github.sockcheck.core.index.CallPatternIndex index =
        new io.github.sockcheck.core.index.CallPatternIndex(
            List.of(
                io.github.sockcheck.core.match.CallMatcherTestSupport.rule(
                    "r",
                    Set.of("source"),
                    "m",
                    null,
                    io.github.sockcheck.core.match.CallMatcherTestSupport.java(
                        EPOLL, "<init>", List.of("int"), java.util.Map.of("fd", 0))),
                io.github.sockcheck.core.match.CallMatcherTestSupport.rule(
                    "d",
                    Set.of("source"),
                    "m",
                    null,
                    io.github.sockcheck.core.match.CallMatcherTestSupport.java(
                        DC, "open", List.of(), java.util.Map.of()))));
    assertEquals(
        Set.of(
            new Need.CallersOf("com.example.Server", "wrap", true),
            new Need.CallersOf("com.example.Server", "publish", false),
            new Need.AccessorsOf("com.example.Server", "shared", true),
            new Need.ClassNamed("com.example.config.Fds")),
        solver.needs(index));
  }

  private static final String BOOTSTRAP = "io.netty.bootstrap.Bootstrap";
  private static final Set<String> BOOTSTRAP_SUPERS =
      Set.of("io.netty.bootstrap.AbstractBootstrap");
  private static final String FUTURE = "io.netty.channel.ChannelFuture";
  private static final String NETTY_DC = "io.netty.channel.socket.DatagramChannel";

  /**
   * b = new Bootstrap(); b.channel(literal); b.bind(port).channel() or a listener's
   * future.channel().
   */
  private static int[] bootstrap(MethodBuilder m, String literal) {
    int b = m.construct(BOOTSTRAP);
    m.call(
        BOOTSTRAP,
        BOOTSTRAP_SUPERS,
        "channel",
        Kind.VIRTUAL,
        b,
        BOOTSTRAP,
        m.add(new ValueNode.ClassLiteral(literal)));
    int future =
        m.call(BOOTSTRAP, BOOTSTRAP_SUPERS, "bind", Kind.VIRTUAL, b, FUTURE, m.constant(5353));
    return new int[] {b, future};
  }

  @Test
  void aClassLiteralTheBootstrapConstructsReachesTheJoinOfTheBoundChannelAndOfAListener() {
    MethodBuilder serve = method("serve", Access.PUBLIC);
    int[] joined = bootstrap(serve, "io.netty.channel.socket.nio.NioDatagramChannel");
    int channel =
        serve.call(FUTURE, "channel", Kind.VIRTUAL, joined[1], "io.netty.channel.Channel");
    serve.call(
        NETTY_DC, "joinGroup", Kind.VIRTUAL, channel, FUTURE, serve.unknown(), serve.unknown());
    int[] other = bootstrap(serve, "io.netty.channel.socket.nio.NioDatagramChannel");
    serve.call(
        FUTURE,
        "addListener",
        Kind.VIRTUAL,
        other[1],
        FUTURE,
        serve.construct("com.example.JoinWhenBound"));
    MethodBuilder complete = method("operationComplete", Access.PUBLIC, FUTURE);
    int bound =
        complete.call(
            FUTURE, "channel", Kind.VIRTUAL, complete.param(0), "io.netty.channel.Channel");
    complete.call(
        "io.netty.channel.Channel",
        "writeAndFlush",
        Kind.VIRTUAL,
        bound,
        FUTURE,
        complete.unknown());
    FlowSolver solver =
        solve(
            type("com.example.Server").method(serve),
            type("com.example.JoinWhenBound")
                .implement("io.netty.channel.ChannelFutureListener")
                .method(complete));
    List<CallRef> channelCalls =
        solver.calls().stream()
            .filter(c -> c.fact().member().equals("channel") && c.fact().owner().equals(BOOTSTRAP))
            .toList();
    assertEquals(2, channelCalls.size());
    List<String> first =
        solver.createdUses(channelCalls.get(0)).stream().map(u -> u.fact().member()).toList();
    assertEquals(
        List.of("bind", "channel", "joinGroup"),
        first,
        "the first bootstrap's channel joins, the second is another object");
    List<String> second =
        solver.createdUses(channelCalls.get(1)).stream().map(u -> u.fact().member()).toList();
    assertEquals(
        List.of("bind", "addListener", "channel", "writeAndFlush"),
        second,
        "through the listener called back with the future");
  }

  @Test
  void aLibraryConstructorThatCallsSocketOnItsArgumentIsAUseOfTheArgument() {
    MethodBuilder m = method("listen", Access.PUBLIC);
    int inherited =
        m.call(
            "java.lang.System", "inheritedChannel", Kind.STATIC, -1, "java.nio.channels.Channel");
    m.construct("io.netty.channel.socket.nio.NioServerSocketChannel", inherited);
    int other =
        m.call(
            "java.lang.System", "inheritedChannel", Kind.STATIC, -1, "java.nio.channels.Channel");
    m.construct("io.netty.channel.socket.nio.NioServerDomainSocketChannel", other);
    FlowSolver solver = solve(type("com.example.Server").method(m));
    List<CallRef> inheritedCalls =
        solver.calls().stream().filter(c -> c.fact().member().equals("inheritedChannel")).toList();
    List<String> socketUses =
        solver.libraryUses(inheritedCalls.get(0)).stream()
            .map(e -> e.getValue().use().toString())
            .toList();
    assertEquals(List.of("java.nio.channels.ServerSocketChannel#socket"), socketUses);
    assertTrue(
        solver.libraryUses(inheritedCalls.get(1)).isEmpty(),
        "the domain-socket channel never calls socket()");
  }
}
