package io.github.sockcheck.core.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.ResultUse;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.rules.Condition;
import io.github.sockcheck.core.rules.MemberPattern;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The two leaves only quick-fix conditions use. */
class QuickFixConditionTest {

  private static final ConditionEvaluator EVALUATOR = new ConditionEvaluator();
  private static final Condition.UseArgIpv4 IPV4 =
      new Condition.UseArgIpv4(
          0,
          List.of(MemberPattern.parse("join")),
          List.of(MemberPattern.parse("java.net.InetAddress#getByName")));

  private static Dependency maven(String name, String version) {
    return CombinationMatcherTest.maven(name, version, null);
  }

  private static boolean holds(ConditionEvaluator e, Condition c, CallSite site) {
    return e.evaluate(c, Map.of(), site).holds();
  }

  private static CallSite site(ResultUse... uses) {
    return CallSite.builder(
            io.github.sockcheck.core.facts.Language.JAVA,
            "java.nio.channels.DatagramChannel",
            "open")
        .paramTypes(List.of())
        .returnType("java.nio.channels.DatagramChannel")
        .resultUses(List.of(uses))
        .location(Location.line("R.java", 1))
        .enclosing("R#m")
        .engine("source")
        .build();
  }

  /** {@code join(InetAddress.getByName(host...))}: one value per host. */
  private static ResultUse join(String... hosts) {
    List<ArgFact.Value> values = new java.util.ArrayList<>();
    for (String host : hosts) {
      values.add(
          new ArgFact.Value(
              ArgOrigin.CALL,
              null,
              null,
              "java.net.InetAddress#getByName",
              Set.of(),
              List.of(ArgFact.ofConstant(host, null, '"' + host + '"'))));
    }
    return new ResultUse(
        "java.nio.channels.DatagramChannel",
        "join",
        Location.line("R.java", 2),
        List.of(new ArgFact(values, null), ArgFact.UNKNOWN));
  }

  @Test
  void dependencyRangeHoldsOnlyForKnownVersionsAllInRange() {
    Condition.Dependency netty =
        new Condition.Dependency(
            List.of("io.netty:netty-transport-classes-epoll"), "[4.1.108.Final,)");
    CallSite s = site();
    assertFalse(holds(EVALUATOR, netty, s), "no dependency known");
    assertTrue(
        holds(
            EVALUATOR.withDependencies(
                List.of(maven("io.netty:netty-transport-classes-epoll", "4.2.10.Final"))),
            netty,
            s));
    assertFalse(
        holds(
            EVALUATOR.withDependencies(
                List.of(maven("io.netty:netty-transport-classes-epoll", "4.1.107.Final"))),
            netty,
            s));
    assertFalse(
        holds(
            EVALUATOR.withDependencies(
                List.of(
                    maven("io.netty:netty-transport-classes-epoll", "4.2.10.Final"),
                    maven("io.netty:netty-transport-classes-epoll", "4.1.100.Final"))),
            netty,
            s),
        "one module on an old version");
    assertFalse(
        holds(
            EVALUATOR.withDependencies(
                List.of(
                    new Dependency(
                        "maven",
                        "io.netty:netty-transport-classes-epoll",
                        null,
                        "[4.1,5)",
                        "compile",
                        null,
                        List.of(),
                        null,
                        List.of(),
                        null))),
            netty,
            s),
        "a range is not a known version");
  }

  @Test
  void ipv4GroupsOnEveryPathOfEveryJoin() {
    assertTrue(holds(EVALUATOR, IPV4, site(join("224.0.0.251"), join("239.255.0.1"))));
    assertFalse(holds(EVALUATOR, IPV4, site()), "no join at all");
    assertFalse(holds(EVALUATOR, IPV4, site(join("224.0.0.251"), join("ff02::fb"))));
    assertFalse(
        holds(EVALUATOR, IPV4, site(join("224.0.0.251", "ff02::fb"))), "an IPv6 group on one path");
    assertFalse(holds(EVALUATOR, IPV4, site(join("mdns.local"))));
    assertFalse(holds(EVALUATOR, IPV4, site(join("256.0.0.1"))));
    assertFalse(
        holds(EVALUATOR, IPV4, site(new ResultUse("*", "join", Location.line("R.java", 3)))),
        "arguments unknown");
    ResultUse fromParameter =
        new ResultUse(
            "*",
            "join",
            Location.line("R.java", 3),
            List.of(ArgFact.of(ArgOrigin.PARAMETER, "group")));
    assertFalse(holds(EVALUATOR, IPV4, site(join("224.0.0.1"), fromParameter)));
  }

  @Test
  void ipv4LiteralShape() {
    assertTrue(QuickFixTests.isIpv4Literal("224.0.0.251"));
    assertTrue(QuickFixTests.isIpv4Literal("0.0.0.0"));
    assertFalse(QuickFixTests.isIpv4Literal("224.0.0"));
    assertFalse(QuickFixTests.isIpv4Literal("224.0.0.01x"));
    assertFalse(QuickFixTests.isIpv4Literal("::ffff:224.0.0.1"));
  }
}
