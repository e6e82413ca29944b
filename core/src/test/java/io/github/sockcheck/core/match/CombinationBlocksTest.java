package io.github.sockcheck.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.RelatedLocation;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.InlineRules;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleLoader;
import io.github.sockcheck.core.rules.RulePack;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * All-of code uses ({@code code-uses-all}, with {@code any-of} groups) and alternative match blocks
 * ({@code match: {any: [...]}}), loaded from YAML and matched against facts.
 */
class CombinationBlocksTest {

  static final String EPOLL = "io.netty:netty-transport-native-epoll";
  static final String DGRAM = "io.netty.channel.epoll.EpollDatagramChannel";
  static final String FAMILY = "io.netty.channel.socket.InternetProtocolFamily";
  static final Location POM = new Location("pom.xml", 14, 5, 19, 18);

  /** An IPv6 epoll channel (class literal or a constructor without IPv4) and a joinGroup. */
  static final String ALL_OF =
      """
        dependencies:
          - maven: [io.netty:netty-transport-native-epoll]
            range: "[4.1.37.Final,4.1.60.Final)"
        code-uses-all:
          - any-of:
              - type: io.netty.channel.epoll.EpollDatagramChannel
              - owner: io.netty.channel.epoll.EpollDatagramChannel
                member: <init>
                params: [io.netty.channel.socket.InternetProtocolFamily]
                roles: {family: 0}
                where:
                  not: {arg: family, constant: [IPv4]}
          - owner: io.netty.channel.socket.DatagramChannel
            member: joinGroup
      """;

  /** Direct use of the channel, or Vert.x asked for its native transport. */
  static final String ALTERNATIVES =
      """
        any:
          - dependencies:
              - maven: [io.netty:netty-transport-native-epoll]
                range: "[4.2.8.Final,4.2.10.Final)"
            code-uses:
              - type: io.netty.channel.epoll.EpollDatagramChannel
          - dependencies:
              - maven: [io.netty:netty-transport-native-epoll]
                range: "[4.2.8.Final,4.2.10.Final)"
              - maven: [io.vertx:vertx-core]
                range: "[0,)"
            code-uses:
              - owner: io.vertx.core.VertxOptions
                member: setPreferNativeTransport
                params: [boolean]
                roles: {prefer: 0}
                where: {arg: prefer, is: true}
      """;

  static Rule load(String body) throws Exception {
    return new RuleLoader().parse("rules/r.yaml", InlineRules.combinationRule("r", body.indent(0)));
  }

  static List<Finding> run(Rule rule, List<Dependency> deps, List<CallSite> sites) {
    return new CombinationMatcher(new RulePack(List.of(rule)), CombinationMatcherTest.SCHEMES)
        .match(deps, List.of(), List.of(), sites);
  }

  static Dependency epoll(String version) {
    return CombinationMatcherTest.maven(EPOLL, version, POM);
  }

  static CallSite typeUse(int line) {
    return CallSite.builder(Language.JAVA, DGRAM, CallPattern.TYPE_USE)
        .location(Location.line("src/App.java", line))
        .enclosing("App#m")
        .engine("source")
        .build();
  }

  static CallSite familyCtor(int line, String constant) {
    return CallSite.builder(Language.JAVA, DGRAM, "<init>")
        .paramTypes(List.of(FAMILY))
        .args(List.of(ArgFact.ofConstant(null, FAMILY + "." + constant, constant)))
        .location(Location.line("src/App.java", line))
        .enclosing("App#m")
        .engine("source")
        .build();
  }

  static CallSite call(String owner, String member, int line, ArgFact... args) {
    return CallSite.builder(Language.JAVA, owner, member)
        .args(List.of(args))
        .location(Location.line("src/App.java", line))
        .enclosing("App#m")
        .engine("source")
        .build();
  }

  static CallSite join(int line) {
    return call("io.netty.channel.socket.DatagramChannel", "joinGroup", line);
  }

  static List<String> related(Finding f) {
    return f.related().stream()
        .map(r -> r.location().startLine() + " " + r.message())
        .filter(m -> !m.startsWith("0 "))
        .toList();
  }

  @Test
  void everyItemOfCodeUsesAllMustBeUsed() throws Exception {
    Rule rule = load(ALL_OF);
    assertEquals(
        List.of(), run(rule, List.of(epoll("4.1.59.Final")), List.of(join(9))), "no channel");
    assertEquals(
        List.of(), run(rule, List.of(epoll("4.1.59.Final")), List.of(typeUse(7))), "no join");
    List<Finding> both = run(rule, List.of(epoll("4.1.59.Final")), List.of(join(9), typeUse(7)));
    assertEquals(1, both.size());
    assertEquals(POM, both.get(0).location());
    assertEquals(
        List.of(
            new RelatedLocation(
                Location.line("src/App.java", 7), "`EpollDatagramChannel` is used here"),
            new RelatedLocation(
                Location.line("src/App.java", 9), "`DatagramChannel.joinGroup` is used here")),
        both.get(0).related(),
        "one related location per item, in the order of the items");
    assertEquals(
        List.of(),
        run(rule, List.of(epoll("4.1.60.Final")), List.of(join(9), typeUse(7))),
        "the dependency still decides");
  }

  @Test
  void anyOneUseOfAnAnyOfGroupCountsAndItsConditionApplies() throws Exception {
    Rule rule = load(ALL_OF);
    List<Finding> ipv6 =
        run(rule, List.of(epoll("4.1.59.Final")), List.of(familyCtor(5, "IPv6"), join(9)));
    assertEquals(1, ipv6.size());
    assertEquals("`new EpollDatagramChannel` is used here", ipv6.get(0).related().get(0).message());
    assertEquals(
        List.of(),
        run(rule, List.of(epoll("4.1.59.Final")), List.of(familyCtor(5, "IPv4"), join(9))),
        "an IPv4 channel is no use of the group");
  }

  @Test
  void theFirstUseOfEachGroupIsReported() throws Exception {
    Rule rule = load(ALL_OF);
    List<Finding> f =
        run(
            rule,
            List.of(epoll("4.1.59.Final")),
            List.of(join(30), typeUse(20), familyCtor(12, "IPv6"), join(25)));
    assertEquals(
        List.of(12, 25), f.get(0).related().stream().map(r -> r.location().startLine()).toList());
  }

  @Test
  void codeUsesAndCodeUsesAllInOneBlockAreAllRequired() throws Exception {
    Rule rule =
        load(
            """
              dependencies:
                - maven: [io.netty:netty-transport-native-epoll]
                  range: "[4.1.37.Final,4.1.60.Final)"
              code-uses:
                - type: io.netty.channel.epoll.EpollDatagramChannel
              code-uses-all:
                - owner: io.netty.channel.socket.DatagramChannel
                  member: joinGroup
            """);
    assertEquals(List.of(), run(rule, List.of(epoll("4.1.59.Final")), List.of(typeUse(7))));
    assertEquals(
        List.of(7, 9),
        run(rule, List.of(epoll("4.1.59.Final")), List.of(join(9), typeUse(7)))
            .get(0)
            .related()
            .stream()
            .map(r -> r.location().startLine())
            .toList());
  }

  @Test
  void withoutDependenciesTheFirstItemsUseIsTheAnchor() throws Exception {
    Rule rule =
        load(
            """
              java-release: "[17,)"
              code-uses-all:
                - owner: io.netty.channel.socket.DatagramChannel
                  member: joinGroup
                - type: io.netty.channel.epoll.EpollDatagramChannel
            """);
    List<Finding> f = run(rule, List.of(), List.of(typeUse(7), join(9)));
    assertEquals(1, f.size());
    assertEquals(9, f.get(0).location().startLine());
  }

  static final Dependency VERTX =
      CombinationMatcherTest.maven("io.vertx:vertx-core", "4.5.10", null);

  static CallSite prefer(int line, boolean value) {
    return call(
        "io.vertx.core.VertxOptions",
        "setPreferNativeTransport",
        line,
        ArgFact.ofConstant(value, null, String.valueOf(value)));
  }

  @Test
  void anAlternativeHoldsWhenItsOwnConditionsHold() throws Exception {
    Rule rule = load(ALTERNATIVES);
    List<Finding> vertx = run(rule, List.of(epoll("4.2.9.Final"), VERTX), List.of(prefer(4, true)));
    assertEquals(1, vertx.size());
    assertEquals(POM, vertx.get(0).location());
    assertEquals(
        List.of("4 `VertxOptions.setPreferNativeTransport` is used here"), related(vertx.get(0)));
    assertEquals(
        List.of(),
        run(rule, List.of(epoll("4.2.9.Final"), VERTX), List.of(prefer(4, false))),
        "Vert.x on its JDK transport");
    assertEquals(
        List.of(),
        run(rule, List.of(epoll("4.2.9.Final")), List.of(prefer(4, true))),
        "the second block needs Vert.x; the first block needs the class");
    assertEquals(
        List.of(),
        run(rule, List.of(epoll("4.2.10.Final"), VERTX), List.of(prefer(4, true), typeUse(8))),
        "neither block holds outside the range");
  }

  @Test
  void whenSeveralAlternativesHoldTheFirstInFileOrderIsReported() throws Exception {
    Rule rule = load(ALTERNATIVES);
    List<CallSite> sites = List.of(prefer(4, true), typeUse(8));
    List<Finding> f = run(rule, List.of(epoll("4.2.9.Final"), VERTX), sites);
    assertEquals(1, f.size(), "alternatives never add up");
    assertEquals(List.of("8 `EpollDatagramChannel` is used here"), related(f.get(0)));
    assertEquals(
        f, run(rule, List.of(VERTX, epoll("4.2.9.Final")), List.of(sites.get(1), sites.get(0))));
  }

  @Test
  void everyAlternativesUsesReachTheEngines() throws Exception {
    Rule rule = load(ALTERNATIVES);
    assertEquals(
        List.of(DGRAM + "#<type>", "io.vertx.core.VertxOptions#setPreferNativeTransport"),
        rule.combination().allCodeUses().stream().map(p -> p.owner() + "#" + p.member()).toList());
    assertTrue(new RulePack(List.of(rule)).index().typeUses().contains(DGRAM));
    Rule allOf = load(ALL_OF);
    assertEquals(
        List.of(
            DGRAM + "#<type>",
            DGRAM + "#<init>",
            "io.netty.channel.socket.DatagramChannel#joinGroup"),
        allOf.combination().allCodeUses().stream().map(p -> p.owner() + "#" + p.member()).toList());
  }
}
