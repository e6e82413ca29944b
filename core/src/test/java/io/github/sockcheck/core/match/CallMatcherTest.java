package io.github.sockcheck.core.match;

import static io.github.sockcheck.core.match.CallMatcherTestSupport.datagramOpenUsedBy;
import static io.github.sockcheck.core.match.CallMatcherTestSupport.java;
import static io.github.sockcheck.core.match.CallMatcherTestSupport.javaSite;
import static io.github.sockcheck.core.match.CallMatcherTestSupport.lit;
import static io.github.sockcheck.core.match.CallMatcherTestSupport.python;
import static io.github.sockcheck.core.match.CallMatcherTestSupport.pythonSite;
import static io.github.sockcheck.core.match.CallMatcherTestSupport.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.facts.ResultUse;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.Condition;
import io.github.sockcheck.core.rules.MemberPattern;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RulePack;
import io.github.sockcheck.core.rules.ValueTest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallMatcherTest {

  private static final String EPOLL = "io.netty.channel.epoll.EpollDatagramChannel";

  private static List<Finding> run(Rule rule, CallSite site) {
    return new CallMatcher(new RulePack(List.of(rule))).match(site);
  }

  @Test
  void findingCarriesRuleDataMessageAndEnclosing() {
    Rule r =
        rule(
            "fd-sentinel",
            Set.of("source", "bytecode"),
            "{call} wraps fd {arg:fd} ({owner}.{member})",
            new Condition.Arg("fd", new ValueTest.LessThan(0)),
            java(EPOLL, "<init>", List.of("int"), Map.of("fd", 0)));
    List<Finding> findings =
        run(r, javaSite(EPOLL, "<init>", List.of("int"), List.of(ArgFact.ofInt(-1, null, "-1"))));
    assertEquals(1, findings.size());
    Finding f = findings.get(0);
    assertEquals("fd-sentinel", f.ruleId());
    assertEquals("new EpollDatagramChannel wraps fd -1 (EpollDatagramChannel.<init>)", f.message());
    assertEquals(Precision.HIGH, f.precision());
    assertEquals(Set.of("source"), f.engines());
    assertEquals("com.example.App#run", f.properties().get("enclosing"));
    assertEquals(10, f.location().startLine());
  }

  @Test
  void methodCallIsDescribedAsOwnerDotMember() {
    Rule r =
        rule(
            "r",
            Set.of("source"),
            "{call}",
            null,
            java("com.example.Libc$C", "socket", null, Map.of()));
    assertEquals(
        "Libc.C.socket",
        run(r, javaSite("com.example.Libc$C", "socket", null, List.of())).get(0).message());
  }

  @Test
  void engineNotListedByTheRuleNeverFires() {
    Rule sourceOnly = rule("r", Set.of("source"), "m", null, java(EPOLL, "<init>", null, Map.of()));
    CallSite fromBytecode =
        javaSite(EPOLL, Set.of(), "<init>", List.of(), List.of(), List.of(), Set.of(), "bytecode");
    assertTrue(run(sourceOnly, fromBytecode).isEmpty());
    CallSite fromSource =
        javaSite(EPOLL, Set.of(), "<init>", List.of(), List.of(), List.of(), Set.of(), "source");
    assertEquals(1, run(sourceOnly, fromSource).size());
  }

  @Test
  void ownerMustMatchUnlessSubtypesOrWildcard() {
    CallPattern exact = java("java.nio.channels.DatagramChannel", "open", null, Map.of());
    CallPattern sub =
        new CallPattern(
            Language.JAVA,
            "java.nio.channels.DatagramChannel",
            true,
            "open",
            null,
            null,
            Map.of(),
            Map.of(),
            List.of());
    CallPattern any = java("*", "open", null, Map.of());
    CallSite subtypeCall =
        javaSite(
            "com.example.MyChannel",
            Set.of("java.nio.channels.DatagramChannel"),
            "open",
            List.of(),
            List.of(),
            List.of(),
            Set.of(),
            "source");
    CallMatcher m = new CallMatcher(new RulePack(List.of()));
    assertFalse(m.matchesPattern(exact, subtypeCall));
    assertTrue(m.matchesPattern(sub, subtypeCall));
    assertTrue(m.matchesPattern(any, subtypeCall));
    assertFalse(m.matchesPattern(java("*", "close", null, Map.of()), subtypeCall));
  }

  @Test
  void paramsSelectTheOverload() {
    CallMatcher m = new CallMatcher(new RulePack(List.of()));
    CallPattern p = java(EPOLL, "<init>", List.of("int"), Map.of());
    assertTrue(m.matchesPattern(p, javaSite(EPOLL, "<init>", List.of("int"), List.of(lit(3)))));
    assertFalse(m.matchesPattern(p, javaSite(EPOLL, "<init>", List.of(), List.of())));
    assertFalse(
        m.matchesPattern(
            p,
            javaSite(
                EPOLL,
                "<init>",
                List.of("java.net.InternetProtocolFamily"),
                List.of(ArgFact.UNKNOWN))));
  }

  @Test
  void unresolvedOverloadMatchesByArgCountWithLowerPrecision() {
    Rule r =
        rule("r", Set.of("source"), "m", null, java(EPOLL, "<init>", List.of("int"), Map.of()));
    List<Finding> f = run(r, javaSite(EPOLL, "<init>", null, List.of(lit(3))));
    assertEquals(1, f.size());
    assertEquals(Precision.MEDIUM, f.get(0).precision());
    assertTrue(run(r, javaSite(EPOLL, "<init>", null, List.of(lit(3), lit(4)))).isEmpty());
  }

  @Test
  void unresolvedCallWithAnEnumConstantOfAPackParameterTypeIsTheOtherOverload() {
    String family = "io.netty.channel.socket.SocketProtocolFamily";
    Rule intCtor =
        rule("fd", Set.of("source"), "m", null, java(EPOLL, "<init>", List.of("int"), Map.of()));
    Rule familyCtor =
        rule(
            "family",
            Set.of("source"),
            "m",
            null,
            java(EPOLL, "<init>", List.of(family), Map.of()));
    CallMatcher m = new CallMatcher(new RulePack(List.of(intCtor, familyCtor)));
    ArgFact inet = ArgFact.ofConstant(null, family + ".INET", "SocketProtocolFamily.INET");
    List<String> ids =
        m.match(javaSite(EPOLL, "<init>", null, List.of(inet))).stream()
            .map(Finding::ruleId)
            .toList();
    assertEquals(List.of("family"), ids, "SocketProtocolFamily.INET cannot be the int fd");
    assertEquals(
        List.of("fd", "family"),
        m.match(javaSite(EPOLL, "<init>", null, List.of(lit(3)))).stream()
            .map(Finding::ruleId)
            .sorted(java.util.Comparator.reverseOrder())
            .toList(),
        "a literal still matches both unresolved overloads");
  }

  @Test
  void returnsIsChecked() {
    CallMatcher m = new CallMatcher(new RulePack(List.of()));
    CallPattern p =
        new CallPattern(
            Language.JAVA, "*", false, "socket", null, "int", Map.of(), Map.of(), List.of());
    CallSite returnsInt =
        CallSite.builder(Language.JAVA, "com.example.Libc", "socket")
            .paramTypes(List.of())
            .returnType("int")
            .location(Location.line("A.java", 1))
            .enclosing("A#b")
            .engine("source")
            .build();
    CallSite returnsVoid = returnsInt.toBuilder().returnType("void").build();
    assertTrue(m.matchesPattern(p, returnsInt));
    assertFalse(m.matchesPattern(p, returnsVoid));
  }

  @Test
  void siteWithGuessedOwnerLowersPrecision() {
    Rule r = rule("r", Set.of("source"), "m", null, java(EPOLL, "<init>", null, Map.of()));
    CallSite guessed =
        CallSite.builder(Language.JAVA, EPOLL, "<init>")
            .location(Location.line("A.java", 1))
            .enclosing("A#b")
            .resolved(false)
            .engine("source")
            .build();
    assertEquals(Precision.MEDIUM, run(r, guessed).get(0).precision());
  }

  @Test
  void pythonMatchesCalleeSpellingAndKeywordRoles() {
    Rule r =
        rule(
            "py",
            Set.of("python"),
            "{call}(fileno={arg:fileno}) omits proto",
            new Condition.All(
                List.of(
                    new Condition.Not(new Condition.Arg("fileno", new ValueTest.Absent())),
                    new Condition.Arg("proto", new ValueTest.Absent()))),
            python(
                List.of("socket.socket", "socket"),
                "socket",
                Map.of("family", 0, "type", 1, "proto", 2, "fileno", 3)));
    CallSite omitsProto =
        pythonSite(
            "socket.socket",
            "socket",
            List.of(
                ArgFact.of(ArgOrigin.PARAMETER, "family"),
                ArgFact.of(ArgOrigin.CONSTANT, "socket.SOCK_STREAM")),
            Map.of("fileno", ArgFact.of(ArgOrigin.PARAMETER, "fd")));
    List<Finding> f = run(r, omitsProto);
    assertEquals(1, f.size());
    assertEquals("socket.socket(fileno=fd) omits proto", f.get(0).message());

    CallSite withProto =
        pythonSite(
            "socket.socket",
            "socket",
            List.of(ArgFact.UNKNOWN, ArgFact.UNKNOWN),
            Map.of("fileno", ArgFact.UNKNOWN, "proto", ArgFact.UNKNOWN));
    assertTrue(run(r, withProto).isEmpty());
    CallSite positionalProto =
        pythonSite(
            "socket.socket",
            "socket",
            List.of(ArgFact.UNKNOWN, ArgFact.UNKNOWN, lit(0), ArgFact.UNKNOWN),
            Map.of());
    assertTrue(run(r, positionalProto).isEmpty());
    CallSite otherCallee =
        pythonSite("ssl.socket", "socket", List.of(), Map.of("fileno", ArgFact.UNKNOWN));
    assertTrue(run(r, otherCallee).isEmpty());
  }

  @Test
  void pythonPatternNeverMatchesJavaSiteAndViceVersa() {
    CallMatcher m = new CallMatcher(new RulePack(List.of()));
    CallPattern py = python(List.of("socket"), "socket", Map.of());
    assertFalse(m.matchesPattern(py, javaSite("socket", "socket", null, List.of())));
    assertFalse(
        m.matchesPattern(
            java("*", "socket", null, Map.of()),
            pythonSite("socket", "socket", List.of(), Map.of())));
  }

  @Test
  void impliedRolesActAsConstants() {
    CallPattern rocksaw =
        new CallPattern(
            Language.JAVA,
            "com.savarese.rocksaw.net.RawSocket",
            false,
            "open",
            List.of("int", "int"),
            null,
            Map.of("family", 0, "protocol", 1),
            Map.of("type", 3L),
            List.of());
    Rule r =
        rule(
            "raw",
            Set.of("source"),
            "type {arg:type} protocol {arg:protocol}",
            new Condition.All(
                List.of(
                    new Condition.Arg("type", new ValueTest.Equals(List.of(3L))),
                    new Condition.Arg("protocol", new ValueTest.Equals(List.of(0L))))),
            rocksaw);
    List<Finding> f =
        run(
            r,
            javaSite(
                "com.savarese.rocksaw.net.RawSocket",
                "open",
                List.of("int", "int"),
                List.of(lit(2), lit(0))));
    assertEquals(1, f.size());
    assertEquals("type 3 protocol 0", f.get(0).message());
    assertTrue(
        run(
                r,
                javaSite(
                    "com.savarese.rocksaw.net.RawSocket",
                    "open",
                    List.of("int", "int"),
                    List.of(lit(2), lit(17))))
            .isEmpty());
  }

  @Test
  void javaRoleBeyondTheArgumentsIsAbsent() {
    Rule r =
        rule(
            "omits",
            Set.of("source"),
            "m",
            new Condition.Arg("family", new ValueTest.Absent()),
            java(EPOLL, "<init>", null, Map.of("family", 0)));
    assertEquals(1, run(r, javaSite(EPOLL, "<init>", List.of(), List.of())).size());
    assertTrue(
        run(
                r,
                javaSite(
                    EPOLL,
                    "<init>",
                    List.of("java.net.InternetProtocolFamily"),
                    List.of(ArgFact.UNKNOWN)))
            .isEmpty());
  }

  @Test
  void resultUsedByAddsRelatedLocationsAndUsePlaceholder() {
    Rule r =
        rule(
            "join",
            Set.of("source", "bytecode"),
            "{call} result is used by {use}",
            new Condition.ResultUsedBy(
                List.of(
                    MemberPattern.parse("java.nio.channels.DatagramChannel#join"),
                    MemberPattern.parse("joinGroup"))),
            java("java.nio.channels.DatagramChannel", "open", List.of(), Map.of()));
    Location joinAt = Location.line("src/main/java/com/example/App.java", 14);
    CallSite site =
        datagramOpenUsedBy(
            new ResultUse("java.nio.channels.DatagramChannel", "bind", Location.line("x", 12)),
            new ResultUse("java.nio.channels.DatagramChannel", "join", joinAt));
    List<Finding> f = run(r, site);
    assertEquals(1, f.size());
    assertEquals("DatagramChannel.open result is used by join", f.get(0).message());
    assertEquals(1, f.get(0).related().size());
    assertEquals(joinAt, f.get(0).related().get(0).location());
    assertEquals("`join` is called here", f.get(0).related().get(0).message());

    CallSite noJoin = datagramOpenUsedBy(new ResultUse("*", "join", joinAt));
    assertTrue(
        run(r, noJoin).isEmpty(), "an FQN pattern does not match a receiver of unknown type");
  }

  @Test
  void unknownRuntimeHoldsWithLowerPrecisionAndNote() {
    Rule r =
        rule(
            "rt",
            Set.of("python"),
            "{call} on {runtime}",
            new Condition.Runtime("python", ">=3.7"),
            python(List.of("socket.socket"), "socket", Map.of()));
    CallSite site = pythonSite("socket.socket", "socket", List.of(), Map.of());
    Finding unknown = run(r, site).get(0);
    assertEquals(Precision.MEDIUM, unknown.precision());
    assertEquals("socket.socket on {runtime} (target Python version unknown)", unknown.message());

    CallMatcher py311 =
        new CallMatcher(
            new RulePack(List.of(r)),
            rt -> rt.equals("python") ? Optional.of("3.11") : Optional.empty());
    Finding known = py311.match(site).get(0);
    assertEquals(Precision.HIGH, known.precision());
    assertEquals("socket.socket on Python 3.11", known.message());
    CallMatcher py36 = new CallMatcher(new RulePack(List.of(r)), rt -> Optional.of("3.6"));
    assertTrue(py36.match(site).isEmpty());
  }

  @Test
  void combinationRulesNeverFireFromTheMatcher() {
    Rule call = rule("c", Set.of("source"), "m", null, java(EPOLL, "<init>", null, Map.of()));
    Rule combination =
        new Rule(
            "combo",
            io.github.sockcheck.core.rules.RuleKind.COMBINATION,
            "t",
            call.severity(),
            call.precision(),
            List.of(),
            null,
            Set.of("source", "combination"),
            null,
            "m",
            "h",
            call.examples(),
            "f",
            "a",
            call.evidence(),
            null,
            new io.github.sockcheck.core.rules.CombinationMatch(
                List.of(), null, null, List.of(java(EPOLL, "<init>", null, Map.of())), List.of()),
            "rules/combo.yaml",
            List.of());
    List<Finding> f =
        new CallMatcher(new RulePack(List.of(call, combination)))
            .match(javaSite(EPOLL, "<init>", List.of(), List.of()));
    assertEquals(List.of("c"), f.stream().map(Finding::ruleId).toList());
  }

  @Test
  void twoPatternsOfOneRuleOnOneMemberGiveOneFinding() {
    Rule r =
        rule(
            "inherited",
            Set.of("source"),
            "{call}",
            null,
            java("java.lang.System", "inheritedChannel", List.of(), Map.of()),
            java(
                "java.nio.channels.spi.SelectorProvider", "inheritedChannel", List.of(), Map.of()));
    assertEquals(List.of(r), new RulePack(List.of(r)).rulesForMember("inheritedChannel"));
    assertEquals(
        1, run(r, javaSite("java.lang.System", "inheritedChannel", List.of(), List.of())).size());
    assertEquals(
        1,
        run(
                r,
                javaSite(
                    "java.nio.channels.spi.SelectorProvider",
                    "inheritedChannel",
                    List.of(),
                    List.of()))
            .size());
  }
}
