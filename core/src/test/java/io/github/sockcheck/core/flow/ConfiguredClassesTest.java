package io.github.sockcheck.core.flow;

import static io.github.sockcheck.core.flow.FactsBuilder.method;
import static io.github.sockcheck.core.flow.FactsBuilder.type;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.flow.CallFact.Kind;
import io.github.sockcheck.core.flow.FactsBuilder.MethodBuilder;
import io.github.sockcheck.core.flow.FlowSolver.CallRef;
import io.github.sockcheck.core.rules.FlowModelLoader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The channel class a builder is configured with reaches the connect/bind (or grpc forAddress) of
 * the same builder: fluent chain, local, field, static factory; nothing from other builders.
 */
class ConfiguredClassesTest {

  private static final String BOOTSTRAP = "io.netty.bootstrap.Bootstrap";
  private static final Set<String> SUPERS = Set.of("io.netty.bootstrap.AbstractBootstrap");
  private static final String FUTURE = "io.netty.channel.ChannelFuture";
  private static final String EPOLL = "io.netty.channel.epoll.EpollSocketChannel";
  private static final String DOMAIN = "io.netty.channel.epoll.EpollDomainSocketChannel";
  private static final String GRPC = "io.grpc.netty.NettyChannelBuilder";

  private static FlowSolver solve(FactsBuilder.ClassBuilder... classes) {
    return SolverTestSupport.solve(FlowModelLoader.builtIn(), classes);
  }

  private static List<CallRef> calls(FlowSolver solver, String member) {
    return solver.calls().stream().filter(c -> c.fact().member().equals(member)).toList();
  }

  private static int channel(MethodBuilder m, int bootstrap, String literal) {
    return m.call(
        BOOTSTRAP,
        SUPERS,
        "channel",
        Kind.VIRTUAL,
        bootstrap,
        BOOTSTRAP,
        m.add(new ValueNode.ClassLiteral(literal)));
  }

  private static void connect(MethodBuilder m, int bootstrap) {
    m.call(BOOTSTRAP, SUPERS, "connect", Kind.VIRTUAL, bootstrap, FUTURE, m.unknown());
  }

  @Test
  void aFluentChainAndALocalEachSeeTheirOwnBootstrapsClass() {
    MethodBuilder m = method("run", Access.PUBLIC);
    int fluent = m.construct(BOOTSTRAP);
    connect(m, channel(m, fluent, EPOLL));
    int local = m.construct(BOOTSTRAP);
    channel(m, local, DOMAIN);
    connect(m, local);
    FlowSolver solver = solve(type("com.example.Client").method(m));
    List<CallRef> connects = calls(solver, "connect");
    assertEquals(Set.of(EPOLL), solver.configuredClasses(connects.get(0)));
    assertEquals(Set.of(DOMAIN), solver.configuredClasses(connects.get(1)));
  }

  @Test
  void aBootstrapConfiguredInTheConstructorAndConnectedInAMethod() {
    MethodBuilder init = method("<init>", Access.PUBLIC);
    int self = init.self();
    int b = init.construct(BOOTSTRAP);
    init.store("com.example.Client", "bootstrap", self, channel(init, b, EPOLL));
    MethodBuilder run = method("run", Access.PUBLIC);
    connect(run, run.read("com.example.Client", "bootstrap", run.self()));
    FlowSolver solver =
        solve(
            type("com.example.Client").field("bootstrap", Access.PRIVATE).method(init).method(run));
    assertEquals(Set.of(EPOLL), solver.configuredClasses(calls(solver, "connect").get(0)));
  }

  @Test
  void aClassOrBootstrapFromOutsideIsUnknown() {
    MethodBuilder m = method("run", Access.PUBLIC, BOOTSTRAP, "java.lang.Class");
    int b = m.construct(BOOTSTRAP);
    m.call(BOOTSTRAP, SUPERS, "channel", Kind.VIRTUAL, b, BOOTSTRAP, m.param(1));
    connect(m, b);
    connect(m, m.param(0));
    FlowSolver solver = solve(type("com.example.Client").method(m));
    for (CallRef c : calls(solver, "connect")) {
      assertEquals(Set.of(), solver.configuredClasses(c), () -> c.fact().toString());
    }
  }

  @Test
  void aStaticFactorysBuilderIsTheValueItReturns() {
    MethodBuilder m = method("run", Access.PUBLIC);
    int builder = m.call(GRPC, "forAddress", Kind.STATIC, -1, GRPC, m.unknown());
    int typed =
        m.call(
            GRPC,
            "channelType",
            Kind.VIRTUAL,
            m.call(GRPC, "eventLoopGroup", Kind.VIRTUAL, builder, GRPC, m.unknown()),
            GRPC,
            m.add(new ValueNode.ClassLiteral(EPOLL)));
    m.call(GRPC, "build", Kind.VIRTUAL, typed, "io.grpc.ManagedChannel");
    FlowSolver solver = solve(type("com.example.Client").method(m));
    assertEquals(Set.of(EPOLL), solver.configuredClasses(calls(solver, "forAddress").get(0)));
  }
}
