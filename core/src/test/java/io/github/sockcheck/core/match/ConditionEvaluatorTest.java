package io.github.sockcheck.core.match;

import static io.github.sockcheck.core.match.CallMatcherTestSupport.datagramOpenUsedBy;
import static io.github.sockcheck.core.match.CallMatcherTestSupport.javaSite;
import static io.github.sockcheck.core.match.CallMatcherTestSupport.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ResultUse;
import io.github.sockcheck.core.facts.TypeLiteral;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.rules.Condition;
import io.github.sockcheck.core.rules.MemberPattern;
import io.github.sockcheck.core.rules.ValueTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionEvaluatorTest {

  private static final ArgFact UNSPEC =
      ArgFact.ofInt(0, "jnr.constants.platform.ProtocolFamily.PF_UNSPEC", "PF_UNSPEC");
  private static final ArgFact NETTY_FD =
      ArgFact.ofCall("io.netty.channel.unix.FileDescriptor#intValue", "fd.intValue()");

  private final CallSite site = javaSite("com.example.Libc", "socket", null, List.of());

  private boolean holds(Condition c, ArgFact fact) {
    return new ConditionEvaluator().evaluate(c, Map.of("x", fact), site).holds();
  }

  private static Condition arg(ValueTest t) {
    return new Condition.Arg("x", t);
  }

  @Test
  void equals() {
    assertTrue(holds(arg(new ValueTest.Equals(List.of(0L, 3L))), lit(3)));
    assertFalse(holds(arg(new ValueTest.Equals(List.of(0L, 3L))), lit(2)));
    assertFalse(holds(arg(new ValueTest.Equals(List.of(0L))), ArgFact.UNKNOWN));
    assertFalse(
        holds(arg(new ValueTest.Equals(List.of(0L))), ArgFact.ofConstant("0", null, "\"0\"")));
  }

  @Test
  void lessThanAndAtMost() {
    assertTrue(holds(arg(new ValueTest.LessThan(0)), lit(-1)));
    assertFalse(holds(arg(new ValueTest.LessThan(0)), lit(0)));
    assertTrue(holds(arg(new ValueTest.AtMost(0)), lit(0)));
    assertFalse(holds(arg(new ValueTest.AtMost(0)), lit(1)));
    assertFalse(holds(arg(new ValueTest.LessThan(0)), ArgFact.of(ArgOrigin.PARAMETER, "fd")));
  }

  @Test
  void isNullAndAbsent() {
    assertTrue(holds(arg(new ValueTest.IsNull()), ArgFact.ofNull("null")));
    assertFalse(holds(arg(new ValueTest.IsNull()), ArgFact.UNKNOWN));
    assertTrue(holds(arg(new ValueTest.Absent()), ArgFact.ABSENT));
    assertFalse(holds(arg(new ValueTest.Absent()), lit(0)));
    assertTrue(
        new ConditionEvaluator()
            .evaluate(new Condition.Arg("unbound", new ValueTest.Absent()), Map.of(), site)
            .holds(),
        "a role the pattern does not bind is absent");
  }

  @Test
  void namedConstantGlobsOnSimpleOrQualifiedName() {
    assertTrue(holds(arg(new ValueTest.Constant(List.of("PF_UNSPEC"))), UNSPEC));
    assertTrue(holds(arg(new ValueTest.Constant(List.of("*_UNSPEC"))), UNSPEC));
    assertTrue(
        holds(
            arg(new ValueTest.Constant(List.of("jnr.constants.platform.ProtocolFamily.PF_*"))),
            UNSPEC));
    assertFalse(holds(arg(new ValueTest.Constant(List.of("AF_*"))), UNSPEC));
    assertFalse(
        holds(arg(new ValueTest.Constant(List.of("*"))), lit(0)), "an inlined literal has no name");
  }

  @Test
  void fromCall() {
    assertTrue(
        holds(
            arg(
                new ValueTest.FromCall(
                    List.of(MemberPattern.parse("io.netty.channel.unix.FileDescriptor#intValue")))),
            NETTY_FD));
    assertTrue(
        holds(
            arg(new ValueTest.FromCall(List.of(MemberPattern.parse("FileDescriptor#intValue")))),
            NETTY_FD));
    assertTrue(
        holds(arg(new ValueTest.FromCall(List.of(MemberPattern.parse("intValue")))), NETTY_FD));
    assertFalse(
        holds(
            arg(new ValueTest.FromCall(List.of(MemberPattern.parse("Integer#intValue")))),
            NETTY_FD));
    assertFalse(
        holds(
            arg(new ValueTest.FromCall(List.of(MemberPattern.parse("intValue")))),
            ArgFact.UNKNOWN));
  }

  @Test
  void origin() {
    ValueTest t = new ValueTest.Origin(EnumSet.of(ArgOrigin.PARAMETER, ArgOrigin.FIELD));
    assertTrue(holds(arg(t), ArgFact.of(ArgOrigin.FIELD, "this.fd")));
    assertFalse(holds(arg(t), lit(3)));
  }

  @Test
  void notInvertsSoUnknownValuesCountAsComingFromOutside() {
    Condition notNetty =
        new Condition.Not(
            arg(new ValueTest.FromCall(List.of(MemberPattern.parse("FileDescriptor#intValue")))));
    assertTrue(holds(notNetty, ArgFact.UNKNOWN));
    assertFalse(holds(notNetty, NETTY_FD));
  }

  @Test
  void allAndAny() {
    Condition negative = arg(new ValueTest.LessThan(0));
    Condition zero = arg(new ValueTest.Equals(List.of(0L)));
    assertTrue(holds(new Condition.Any(List.of(negative, zero)), lit(0)));
    assertFalse(holds(new Condition.Any(List.of(negative, zero)), lit(1)));
    assertFalse(holds(new Condition.All(List.of(negative, zero)), lit(0)));
    assertTrue(holds(new Condition.All(List.of(zero, new Condition.Not(negative))), lit(0)));
  }

  @Test
  void resultCastTo() {
    CallSite cast =
        javaSite(
            "java.nio.channels.spi.SelectorProvider",
            Set.of(),
            "inheritedChannel",
            List.of(),
            List.of(),
            List.of(),
            Set.of("java.nio.channels.DatagramChannel"),
            "source");
    ConditionEvaluator e = new ConditionEvaluator();
    assertTrue(
        e.evaluate(
                new Condition.ResultCastTo(List.of("java.nio.channels.DatagramChannel")),
                Map.of(),
                cast)
            .holds());
    assertTrue(
        e.evaluate(new Condition.ResultCastTo(List.of("DatagramChannel")), Map.of(), cast).holds());
    assertFalse(
        e.evaluate(
                new Condition.ResultCastTo(List.of("java.nio.channels.SocketChannel")),
                Map.of(),
                cast)
            .holds());
  }

  @Test
  void javaRuntimeUsesMavenRanges() {
    Condition java21 = new Condition.Runtime("java", "[21,)");
    assertTrue(
        new ConditionEvaluator(rt -> Optional.of("21"), ConditionEvaluator.RangeCheck.DEFAULT)
            .evaluate(java21, Map.of(), site)
            .holds());
    assertFalse(
        new ConditionEvaluator(rt -> Optional.of("17"), ConditionEvaluator.RangeCheck.DEFAULT)
            .evaluate(java21, Map.of(), site)
            .holds());
    assertFalse(
        new ConditionEvaluator(rt -> Optional.of("1.8"), ConditionEvaluator.RangeCheck.DEFAULT)
            .evaluate(java21, Map.of(), site)
            .holds());
    ConditionEvaluator.Outcome unknown = new ConditionEvaluator().evaluate(java21, Map.of(), site);
    assertTrue(unknown.holds());
    assertEquals(Set.of("java"), unknown.unknownRuntimes());
  }

  @Test
  void pythonSpecifiers() {
    ConditionEvaluator.RangeCheck check = ConditionEvaluator.RangeCheck.DEFAULT;
    assertTrue(check.contains("python", ">=3.7", "3.11"));
    assertTrue(check.contains("python", ">=3.7,<3.12", "3.7.0"));
    assertFalse(check.contains("python", ">=3.7", "3.6.15"));
    assertFalse(check.contains("python", ">=3.7, !=3.8.*", "3.8.2"));
    assertTrue(check.contains("python", "~=3.7", "3.12"));
    assertFalse(check.contains("python", "~=3.7.1", "3.8"));
    assertTrue(check.contains("python", ">=3.10", "3.10"), "numeric, not string, comparison");
    assertFalse(check.contains("python", "<3.9", "3.10"));
  }

  // all / any / not carry what their children found: the uses behind {use} and related locations,
  // the
  // runtimes whose version was unknown (the "version unknown" note, one step less precision), and
  // the
  // known runtime versions behind {runtime}.

  private static final ResultUse JOIN =
      new ResultUse(
          "java.nio.channels.DatagramChannel",
          "join",
          Location.line("src/main/java/com/example/App.java", 14));
  private static final CallSite OPEN_THEN_JOIN = datagramOpenUsedBy(JOIN);
  private static final Condition USED_BY_JOIN =
      new Condition.ResultUsedBy(List.of(MemberPattern.parse("join")));
  private static final Condition USED_BY_BIND =
      new Condition.ResultUsedBy(List.of(MemberPattern.parse("bind")));

  private static ConditionEvaluator.Outcome evaluate(Condition c, Optional<String> java) {
    return new ConditionEvaluator(
            rt -> rt.equals("java") ? java : Optional.empty(),
            ConditionEvaluator.RangeCheck.DEFAULT)
        .evaluate(c, Map.of(), OPEN_THEN_JOIN);
  }

  @Test
  void allKeepsTheUsesAndRuntimesOfItsChildren() {
    Condition all =
        new Condition.All(List.of(USED_BY_JOIN, new Condition.Runtime("java", "[16,)")));
    ConditionEvaluator.Outcome unknown = evaluate(all, Optional.empty());
    assertTrue(unknown.holds());
    assertEquals(List.of(JOIN), unknown.uses());
    assertEquals(Set.of("java"), unknown.unknownRuntimes());
    assertEquals(Map.of(), unknown.knownRuntimes());

    ConditionEvaluator.Outcome java17 = evaluate(all, Optional.of("17"));
    assertEquals(List.of(JOIN), java17.uses());
    assertEquals(Set.of(), java17.unknownRuntimes());
    assertEquals(Map.of("java", "17"), java17.knownRuntimes());

    ConditionEvaluator.Outcome java11 = evaluate(all, Optional.of("11"));
    assertFalse(java11.holds());
    assertEquals(List.of(), java11.uses(), "a false all carries nothing");
  }

  @Test
  void anyKeepsWhatItsTrueChildrenFoundAndOnlyThat() {
    Condition any =
        new Condition.Any(
            List.of(
                USED_BY_BIND,
                new Condition.Runtime("java", "(,11]"),
                USED_BY_JOIN,
                new Condition.Runtime("python", ">=3.7")));
    ConditionEvaluator.Outcome java17 = evaluate(any, Optional.of("17"));
    assertTrue(java17.holds());
    assertEquals(List.of(JOIN), java17.uses());
    assertEquals(Set.of("python"), java17.unknownRuntimes());
    assertEquals(
        Map.of(),
        java17.knownRuntimes(),
        "the false java branch decided nothing the message may show");

    ConditionEvaluator.Outcome java8 = evaluate(any, Optional.of("8"));
    assertEquals(Map.of("java", "8"), java8.knownRuntimes());

    ConditionEvaluator.Outcome none =
        evaluate(
            new Condition.Any(List.of(USED_BY_BIND, new Condition.Runtime("java", "(,11]"))),
            Optional.of("17"));
    assertFalse(none.holds());
    assertEquals(List.of(), none.uses());
    assertEquals(Map.of(), none.knownRuntimes());
  }

  @Test
  void nestedAllAndAnyPassTheirFindingsUp() {
    Condition nested =
        new Condition.All(
            List.of(
                new Condition.Any(List.of(USED_BY_BIND, new Condition.All(List.of(USED_BY_JOIN)))),
                new Condition.Not(new Condition.Runtime("java", "(,8]"))));
    ConditionEvaluator.Outcome unknown = evaluate(nested, Optional.empty());
    assertFalse(unknown.holds(), "an unknown runtime holds, so its negation does not");
    ConditionEvaluator.Outcome java17 = evaluate(nested, Optional.of("17"));
    assertTrue(java17.holds());
    assertEquals(List.of(JOIN), java17.uses());
    assertEquals(Set.of(), java17.unknownRuntimes());
  }

  @Test
  void notKeepsTheUncertaintyOfAnUnknownRuntime() {
    Condition notOld = new Condition.Not(new Condition.Runtime("java", "(,8]"));
    ConditionEvaluator.Outcome once = evaluate(notOld, Optional.empty());
    assertFalse(once.holds());
    assertEquals(Set.of("java"), once.unknownRuntimes());
    ConditionEvaluator.Outcome twice = evaluate(new Condition.Not(notOld), Optional.empty());
    assertTrue(twice.holds());
    assertEquals(
        Set.of("java"), twice.unknownRuntimes(), "the verdict still rests on the unknown release");
    ConditionEvaluator.Outcome besideATrueBranch =
        evaluate(new Condition.Any(List.of(notOld, USED_BY_JOIN)), Optional.empty());
    assertEquals(
        Set.of(), besideATrueBranch.unknownRuntimes(), "a false branch of any decides nothing");
  }

  // Class literals, strings and booleans; result-used-by with conditions on the use's own
  // arguments.

  private static ArgFact classLiteral(String type) {
    return ArgFact.ofConstant(new TypeLiteral(type), null, null);
  }

  @Test
  void classLiteralGlobsOnQualifiedNestedOrSimpleName() {
    ValueTest sockets =
        new ValueTest.ClassLiteral(
            List.of("java.net.Socket", "org.newsclub.net.unix.*AF*SocketChannel"));
    assertTrue(holds(arg(sockets), classLiteral("java.net.Socket")));
    assertTrue(holds(arg(sockets), classLiteral("org.newsclub.net.unix.AFUNIXSocketChannel")));
    assertTrue(holds(arg(sockets), classLiteral("org.newsclub.net.unix.tipc.AFTIPCSocketChannel")));
    assertFalse(holds(arg(sockets), classLiteral("java.net.ServerSocket")));
    assertFalse(holds(arg(sockets), classLiteral("java.lang.Integer")));
    assertFalse(
        holds(arg(sockets), ArgFact.ofConstant("java.net.Socket", null, "\"java.net.Socket\"")),
        "a string is no class");
    assertFalse(
        holds(arg(sockets), ArgFact.of(ArgOrigin.PARAMETER, "type")),
        "an unknown class never passes");
    assertTrue(
        holds(
            arg(new ValueTest.ClassLiteral(List.of("Outer.Inner"))),
            classLiteral("com.example.Outer$Inner")));
    assertTrue(
        holds(
            arg(new ValueTest.ClassLiteral(List.of("com.example.Outer$Inner"))),
            classLiteral("com.example.Outer$Inner")));
    assertTrue(
        holds(
            arg(new ValueTest.ClassLiteral(List.of("Inner"))),
            classLiteral("com.example.Outer$Inner")));
  }

  @Test
  void stringValuesAreExact() {
    ValueTest listen = new ValueTest.StringValue(List.of("LISTEN_FDS", "LISTEN_PID"));
    assertTrue(holds(arg(listen), ArgFact.ofConstant("LISTEN_FDS", null, "\"LISTEN_FDS\"")));
    assertTrue(holds(arg(listen), ArgFact.ofConstant("LISTEN_PID", "com.example.Env.PID", "PID")));
    assertFalse(holds(arg(listen), ArgFact.ofConstant("listen_fds", null, null)));
    assertFalse(holds(arg(listen), ArgFact.ofConstant("LISTEN_FDSX", null, null)));
    assertFalse(holds(arg(listen), ArgFact.of(ArgOrigin.PARAMETER, "name")));
  }

  @Test
  void booleansAlsoAsTheIntegersBytecodeUses() {
    assertTrue(holds(arg(new ValueTest.Is(true)), ArgFact.ofConstant(Boolean.TRUE, null, "true")));
    assertFalse(
        holds(arg(new ValueTest.Is(true)), ArgFact.ofConstant(Boolean.FALSE, null, "false")));
    assertTrue(
        holds(arg(new ValueTest.Is(false)), ArgFact.ofConstant(Boolean.FALSE, null, "false")));
    assertTrue(holds(arg(new ValueTest.Is(true)), lit(1)), "iconst_1");
    assertTrue(holds(arg(new ValueTest.Is(false)), lit(0)), "iconst_0");
    assertFalse(holds(arg(new ValueTest.Is(true)), lit(2)));
    assertFalse(holds(arg(new ValueTest.Is(true)), ArgFact.ofConstant("true", null, "\"true\"")));
    assertFalse(
        holds(arg(new ValueTest.Is(false)), ArgFact.UNKNOWN), "an unknown value is neither");
  }

  private static final Location AS_INTEGER_AT =
      Location.line("src/main/java/com/example/App.java", 12);
  private static final Location AS_SOCKET_AT =
      Location.line("src/main/java/com/example/App.java", 13);

  private static CallSite castThen(ResultUse... uses) {
    return javaSite(
        "org.newsclub.net.unix.FileDescriptorCast",
        Set.of(),
        "using",
        List.of(),
        List.of(),
        List.of(uses),
        Set.of(),
        "source");
  }

  private static final Condition AS_SOCKET =
      new Condition.ResultUsedBy(
          List.of(MemberPattern.parse("as")),
          Map.of("target", 0),
          new Condition.Arg("target", new ValueTest.ClassLiteral(List.of("java.net.Socket"))));

  @Test
  void onlyUsesWhoseArgumentsPassCount() {
    ResultUse asInteger =
        new ResultUse(
            "org.newsclub.net.unix.FileDescriptorCast",
            "as",
            AS_INTEGER_AT,
            List.of(classLiteral("java.lang.Integer")));
    ResultUse asSocket =
        new ResultUse(
            "org.newsclub.net.unix.FileDescriptorCast",
            "as",
            AS_SOCKET_AT,
            List.of(classLiteral("java.net.Socket")));
    ConditionEvaluator e = new ConditionEvaluator();
    assertFalse(e.evaluate(AS_SOCKET, Map.of(), castThen(asInteger)).holds());
    ConditionEvaluator.Outcome both =
        e.evaluate(AS_SOCKET, Map.of(), castThen(asInteger, asSocket));
    assertTrue(both.holds());
    assertEquals(List.of(asSocket), both.uses(), "the related location is the use that passed");
    assertTrue(
        e.evaluate(
                new Condition.ResultUsedBy(List.of(MemberPattern.parse("as"))),
                Map.of(),
                castThen(asInteger))
            .holds(),
        "without where every use counts");
  }

  @Test
  void aUseArgumentWithSeveralValuesPassesOnSomePath() {
    ArgFact eitherClass =
        new ArgFact(
            List.of(
                classLiteral("java.lang.Integer").onlyValue(),
                classLiteral("java.net.Socket").onlyValue()),
            "kind");
    ResultUse asEither = new ResultUse("*", "as", AS_SOCKET_AT, List.of(eitherClass));
    assertTrue(new ConditionEvaluator().evaluate(AS_SOCKET, Map.of(), castThen(asEither)).holds());
  }

  @Test
  void aRoleBeyondTheUsesArgumentsIsAbsent() {
    ResultUse noArgs = new ResultUse("*", "as", AS_SOCKET_AT, List.of());
    Condition secondAbsent =
        new Condition.ResultUsedBy(
            List.of(MemberPattern.parse("as")),
            Map.of("second", 1),
            new Condition.Arg("second", new ValueTest.Absent()));
    assertTrue(new ConditionEvaluator().evaluate(secondAbsent, Map.of(), castThen(noArgs)).holds());
    assertFalse(new ConditionEvaluator().evaluate(AS_SOCKET, Map.of(), castThen(noArgs)).holds());
  }
}
