package io.github.sockcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.index.CallPatternIndex;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The indexes the engines' pre-filters read: tokens, owner types, any-owner members, rules by
 * member.
 */
class RulePackTest {

  private static CallPattern java(String owner, String member) {
    return new CallPattern(
        Language.JAVA, owner, false, member, null, null, Map.of(), Map.of(), List.of());
  }

  private static Rule call(String id, CallPattern... patterns) {
    return TestRule.call(id, patterns).build();
  }

  private static Rule combination(String id, CallPattern use) {
    return TestRule.combination(
            id, new CombinationMatch(List.of(), "[17,)", null, List.of(use), List.of()))
        .build();
  }

  private static final CallPattern PYTHON =
      new CallPattern(
          Language.PYTHON,
          "*",
          false,
          "socket",
          null,
          null,
          Map.of(),
          Map.of(),
          List.of("socket.socket"));

  private final Rule epoll =
      call("b-epoll", java("io.netty.channel.epoll.EpollDatagramChannel", "<init>"));
  private final Rule raw = call("a-raw", java("*", "socket"), PYTHON);
  private final Rule jetty =
      combination(
          "c-jetty",
          java("org.eclipse.jetty.unixdomain.server.UnixDomainServerConnector", "<init>"));
  private final RulePack pack = new RulePack(List.of(epoll, jetty, raw));

  @Test
  void rulesComeSortedById() {
    assertEquals(
        List.of("a-raw", "b-epoll", "c-jetty"), pack.rules().stream().map(Rule::id).toList());
    assertEquals(epoll, pack.rule("b-epoll").orElseThrow());
  }

  @Test
  void rulesByMemberIncludeCodeUsesAndPythonPatterns() {
    assertEquals(List.of(epoll, jetty), pack.rulesForMember("<init>"));
    assertEquals(List.of(raw), pack.rulesForMember("socket"));
    assertEquals(List.of(), pack.rulesForMember("open"));
  }

  @Test
  void preFilterIndexesCoverOnlyJavaPatterns() {
    CallPatternIndex index = pack.index();
    assertEquals(Set.of("<init>", "socket"), index.textProbes().keySet());
    assertEquals(
        Set.of("EpollDatagramChannel", "UnixDomainServerConnector"), ownerTokens(index, "<init>"));
    assertEquals(Collections.singleton(null), ownerTokens(index, "socket"));
    assertTrue(index.mayMatchName("socket", 3));
    assertFalse(index.mayMatchPython("os.socket"));
    assertTrue(index.mayMatchPython("socket.socket"));
  }

  @Test
  void nestedOwnerTokensAreTheirSimpleName() {
    RulePack nested = new RulePack(List.of(call("n", java("com.example.Outer$Inner", "m"))));
    assertEquals(Set.of("Inner"), ownerTokens(nested.index(), "m"));
    assertEquals(Set.of("com/example/Outer$Inner"), nested.index().classFileProbes().get("m"));
  }

  @Test
  void filterKeepsOnlyTheChosenRules() {
    RulePack kept = pack.filter(r -> !r.id().equals("a-raw"));
    assertEquals(List.of("b-epoll", "c-jetty"), kept.rules().stream().map(Rule::id).toList());
    assertFalse(kept.index().mayMatchName("socket", 3));
    assertEquals(List.of(), kept.rulesForMember("socket"));
  }

  private static Set<String> ownerTokens(CallPatternIndex index, String member) {
    Set<String> tokens = new HashSet<>();
    for (CallPatternIndex.TextProbe probe : index.textProbes().get(member))
      tokens.add(probe.ownerSimpleName());
    return tokens;
  }
}
