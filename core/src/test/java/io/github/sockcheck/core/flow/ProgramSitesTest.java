package io.github.sockcheck.core.flow;

import static io.github.sockcheck.core.flow.FactsBuilder.method;
import static io.github.sockcheck.core.flow.FactsBuilder.type;
import static io.github.sockcheck.core.match.CallMatcherTestSupport.java;
import static io.github.sockcheck.core.match.CallMatcherTestSupport.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ResultUse;
import io.github.sockcheck.core.facts.TypeLiteral;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.flow.CallFact.Kind;
import io.github.sockcheck.core.flow.FactsBuilder.MethodBuilder;
import io.github.sockcheck.core.index.CallPatternIndex;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.FlowModelLoader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The call sites the matcher reads, built from a solved program: what each field of a site says.
 */
class ProgramSitesTest {

  private static final String DC = "java.nio.channels.DatagramChannel";
  private static final String LIBC = "com.example.Libc";

  private static CallPatternIndex index(CallPattern... patterns) {
    return new CallPatternIndex(List.of(rule("r", Set.of("source"), "m", null, patterns)));
  }

  private static List<CallSite> sites(
      CallPatternIndex index, FactsBuilder.ClassBuilder... classes) {
    return ProgramSites.sites(
        SolverTestSupport.solve(FlowModelLoader.builtIn(), classes), index, "test-engine");
  }

  /** Records {@code Libc.use(args)}, the static call whose arguments these tests read. */
  private static void callUse(MethodBuilder m, Integer... args) {
    m.call(LIBC, "use", Kind.STATIC, -1, "void", args);
  }

  /** The one site of {@code Libc.use(...)} in {@code classes}. */
  private static CallSite useSite(FactsBuilder.ClassBuilder... classes) {
    return only(sites(index(java(LIBC, "use", null, Map.of())), classes));
  }

  private static CallSite only(List<CallSite> sites) {
    assertEquals(1, sites.size(), sites::toString);
    return sites.get(0);
  }

  @Test
  void onlyCallsThePatternsMayMatchBecomeSitesWithTheirPlaceAndEngine() {
    MethodBuilder m = method("start", Access.PUBLIC);
    m.call(LIBC, "socket", Kind.STATIC, -1, "int", m.constant(2), m.constant(1), m.constant(0));
    m.call(LIBC, "close", Kind.STATIC, -1, "int", m.constant(3));
    m.call(LIBC, "socket", Kind.STATIC, -1, "int", m.constant(2)); // another arity
    CallSite site =
        only(
            sites(
                index(java(LIBC, "socket", List.of("int", "int", "int"), Map.of())),
                type("com.example.Server").method(m)));
    assertEquals(LIBC, site.owner());
    assertEquals("socket", site.member());
    assertEquals("int", site.returnType());
    assertEquals("com.example.Server#start", site.enclosing());
    assertEquals("test-engine", site.engine());
    assertEquals(Location.line("start.java", 1), site.location());
    assertTrue(site.resolved());
    assertEquals(List.of(2L, 1L, 0L), site.args().stream().map(ArgFact::intValue).toList());
  }

  @Test
  void theProgramsSupertypesOfTheOwnerCountForTheIndex() {
    CallPattern subtypes =
        new CallPattern(
            io.github.sockcheck.core.facts.Language.JAVA,
            "com.lib.Base",
            true,
            "run",
            null,
            null,
            Map.of(),
            Map.of(),
            List.of());
    MethodBuilder m = method("start", Access.PUBLIC);
    m.call("com.example.Impl", "run", Kind.STATIC, -1, "void");
    CallSite site =
        only(
            sites(
                index(subtypes),
                type("com.example.Impl").extend("com.lib.Base"),
                type("com.example.Main").method(m)));
    assertEquals(Set.of("com.lib.Base"), site.ownerSupertypes());
  }

  @Test
  void lambdaLinksAreNeverSites() {
    MethodBuilder m = method("start", Access.PUBLIC);
    m.call("com.example.Server", "socket", Kind.LAMBDA, -1, "void");
    assertEquals(
        List.of(),
        sites(index(java("*", "socket", null, Map.of())), type("com.example.Server").method(m)));
  }

  @Test
  void eachOriginBecomesTheMatchersValue() {
    MethodBuilder m = method("start", Access.PUBLIC, "int");
    int nul = m.add(new ValueNode.Null());
    int literal = m.add(new ValueNode.ClassLiteral("io.netty.channel.epoll.EpollDatagramChannel"));
    int produced = m.call(LIBC, Set.of("com.example.Base"), "make", Kind.STATIC, -1, "int");
    int named = m.named(7, "com.example.K.SEVEN");
    callUse(
        m,
        nul,
        literal,
        produced,
        m.param(0),
        named,
        m.unknown(),
        m.read("com.example.Holder", "fd", m.self()),
        m.read("com.example.Holder", "FIXED", -1));
    CallSite site =
        useSite(
            type("com.example.Server").method(m),
            type("com.example.Holder").field("fd", Access.PRIVATE));
    List<ArgFact> a = site.args();
    assertEquals(8, a.size());
    assertEquals(ArgOrigin.NULL, a.get(0).origin());
    assertEquals(ArgOrigin.CONSTANT, a.get(1).origin());
    assertEquals(
        new TypeLiteral("io.netty.channel.epoll.EpollDatagramChannel"), a.get(1).constant());
    assertEquals(ArgOrigin.CALL, a.get(2).origin());
    assertEquals(LIBC + "#make", a.get(2).producedBy());
    assertEquals(Set.of("com.example.Base"), a.get(2).values().get(0).producerSupertypes());
    assertEquals(ArgOrigin.PARAMETER, a.get(3).origin());
    assertEquals(7L, a.get(4).intValue());
    assertEquals("com.example.K.SEVEN", a.get(4).constantName());
    assertEquals(ArgOrigin.UNKNOWN, a.get(5).origin());
    assertEquals(ArgOrigin.FIELD, a.get(6).origin());
    // A static field of a class outside the program: no declaration, so not known to be a constant.
    assertEquals(ArgOrigin.FIELD, a.get(7).origin());
  }

  @Test
  void aStaticFinalFieldNothingStoresIntoIsANamedConstantOfUnknownValue() {
    MethodBuilder m = method("start", Access.PUBLIC);
    callUse(m, m.read("com.example.Holder", "FIXED", -1));
    FactsBuilder.ClassBuilder holder =
        type("com.example.Holder").constantField("FIXED", Access.PUBLIC);
    ArgFact fixed = useSite(type("com.example.Server").method(m), holder).args().get(0);
    assertEquals(ArgOrigin.CONSTANT, fixed.origin());
    assertEquals(null, fixed.constant());
    assertEquals("com.example.Holder.FIXED", fixed.constantName());
  }

  @Test
  void aValueWithSeveralOriginsKeepsEachOnce() {
    MethodBuilder m = method("start", Access.PUBLIC);
    int three = m.constant(3);
    callUse(m, m.merge(three, m.constant(3), m.add(new ValueNode.Null())));
    ArgFact arg = useSite(type("com.example.Server").method(m)).args().get(0);
    assertEquals(2, arg.values().size(), arg::toString);
  }

  @Test
  void usesCarryTheirArgumentsAndTheArgumentsOfLibraryCallsThatMadeThem() {
    MethodBuilder m = method("start", Access.PUBLIC);
    int open = m.call(DC, "open", Kind.STATIC, -1, DC);
    int group =
        m.call(
            "java.net.InetAddress",
            "getByName",
            Kind.STATIC,
            -1,
            "java.net.InetAddress",
            m.constant("224.0.0.1"));
    m.call(
        DC,
        "join",
        Kind.VIRTUAL,
        open,
        "java.nio.channels.MembershipKey",
        group,
        m.add(new ValueNode.Null()));
    m.cast(open, DC);
    CallSite site =
        only(
            sites(index(java(DC, "open", null, Map.of())), type("com.example.Receiver").method(m)));
    assertEquals(1, site.resultUses().size(), site.resultUses()::toString);
    ResultUse join = site.resultUses().get(0);
    assertEquals(DC, join.owner());
    assertEquals("join", join.member());
    assertEquals(Location.line("start.java", 3), join.location());
    assertEquals(2, join.args().size());
    ArgFact groupArg = join.args().get(0);
    assertEquals("java.net.InetAddress#getByName", groupArg.producedBy());
    List<ArgFact> producerArgs = groupArg.values().get(0).producerArgs();
    assertEquals(1, producerArgs.size(), producerArgs::toString);
    assertEquals("224.0.0.1", producerArgs.get(0).constant());
    assertEquals(ArgOrigin.NULL, join.args().get(1).origin());
    assertEquals(Set.of(DC), site.resultCasts());
  }

  @Test
  void aUseOnAnUnknownOwnerIsReportedWithAStar() {
    MethodBuilder m = method("start", Access.PUBLIC);
    int open = m.call(DC, "open", Kind.STATIC, -1, DC);
    m.call("*", "join", Kind.VIRTUAL, open, "void");
    CallSite site =
        only(
            sites(index(java(DC, "open", null, Map.of())), type("com.example.Receiver").method(m)));
    assertEquals(List.of("*"), site.resultUses().stream().map(ResultUse::owner).toList());
  }

  @Test
  void voidCallsAndSuperConstructorsHaveNoResultToFollowButConstructorsDo() {
    MethodBuilder m = method("<init>", Access.PUBLIC);
    int self = m.self();
    int created = m.construct(DC);
    m.call(DC, "join", Kind.VIRTUAL, created, "void");
    m.cast(created, DC);
    int voidResult = m.call(DC, "close", Kind.VIRTUAL, created, "void");
    m.call(DC, "join", Kind.VIRTUAL, voidResult, "void");
    m.cast(voidResult, "java.lang.Object");
    int superResult = m.call(DC, "<init>", Kind.SUPER_CONSTRUCTOR, self, "void");
    m.call(DC, "join", Kind.VIRTUAL, superResult, "void");
    m.cast(superResult, "java.lang.String");
    List<CallSite> sites =
        sites(
            index(java(DC, "<init>", null, Map.of()), java(DC, "close", null, Map.of())),
            type("com.example.Receiver").method(m));
    assertEquals(3, sites.size(), sites::toString);
    CallSite constructed = sites.get(0);
    assertEquals(
        List.of("join", "close"),
        constructed.resultUses().stream().map(ResultUse::member).toList());
    assertEquals(Set.of(DC), constructed.resultCasts());
    for (CallSite s : sites.subList(1, 3)) {
      assertEquals(List.of(), s.resultUses(), s::toString);
      assertEquals(Set.of(), s.resultCasts(), s::toString);
    }
  }

  @Test
  void typeReferencesAreKeptOnlyForTheTypesTheRulesName() {
    String epoll = "io.netty.channel.epoll.EpollDatagramChannel";
    TypeRef named = new TypeRef(epoll, TypeRef.Kind.CLASS_LITERAL, Location.line("A.java", 3));
    TypeRef other = new TypeRef("com.example.Other", TypeRef.Kind.CAST, Location.line("A.java", 4));
    MethodFacts m =
        new MethodFacts(
            "start",
            List.of(),
            "void",
            Access.PUBLIC,
            false,
            false,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(named, other, named));
    ClassFacts c =
        new ClassFacts(
            "com.example.A", null, List.of(), Access.PUBLIC, "A.java", null, List.of(), List.of(m));
    FlowSolver solver = new FlowSolver(List.of(c), FlowModelLoader.builtIn());
    CallPatternIndex index = index(java(epoll, CallPattern.TYPE_USE, null, Map.of()));
    assertEquals(List.of(named), ProgramSites.typeRefs(solver, index));
  }
}
