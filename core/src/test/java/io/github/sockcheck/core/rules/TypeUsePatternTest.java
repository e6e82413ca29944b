package io.github.sockcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.match.CallMatcher;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code code-uses: - type: X}: loaded as a type use, matched only by type references to X, not by
 * calls.
 */
class TypeUsePatternTest {

  private static final String RULE =
      """
      id: t
      kind: combination
      title: A type use
      severity: warning
      precision: high
      tags: [test]
      engines: [combination]
      message: "m"
      help: "h"
      examples: {language: java, noncompliant: "a", compliant: "b"}
      fix: "f"
      applies-to: "all"
      evidence: [{url: "https://github.com/netty/netty/issues/16082", summary: "a summary long enough to pass"}]
      match:
        java-release: "[8,)"
        code-uses:
          - type: io.netty.channel.epoll.EpollDatagramChannel
      """;

  private static CallSite site(String owner, String member) {
    return CallSite.builder(Language.JAVA, owner, member)
        .location(Location.line("A.java", 3))
        .engine("source")
        .build();
  }

  @Test
  void aTypeEntryLoadsAsATypeUse() throws Exception {
    Rule rule = new RuleLoader().parse("rules/t.yaml", RULE);
    CallPattern use = rule.combination().codeUses().get(0);
    assertTrue(use.isTypeUse());
    assertEquals("io.netty.channel.epoll.EpollDatagramChannel", use.owner());
    RulePack pack = new RulePack(List.of(rule));
    assertEquals(Set.of("io.netty.channel.epoll.EpollDatagramChannel"), pack.index().typeUses());
    assertFalse(
        pack.index().noJavaPatterns(), "a pack with only type uses still needs the Java engines");
  }

  @Test
  void onlyATypeReferenceToThatTypeMatches() throws Exception {
    CallPattern use = CallPattern.typeUse("io.netty.channel.epoll.EpollDatagramChannel");
    CallMatcher matcher = new CallMatcher(new RulePack(List.of()));
    assertTrue(
        matcher.matchesPattern(
            use, site("io.netty.channel.epoll.EpollDatagramChannel", CallPattern.TYPE_USE)));
    assertFalse(
        matcher.matchesPattern(
            use, site("io.netty.channel.epoll.EpollSocketChannel", CallPattern.TYPE_USE)));
    assertFalse(
        matcher.matchesPattern(use, site("io.netty.channel.epoll.EpollDatagramChannel", "<init>")),
        "a constructor call is a call pattern's business");
  }

  @Test
  void aTypeEntryWithAnythingElseIsRefused() {
    String bad =
        RULE.replace(
            "- type: io.netty.channel.epoll.EpollDatagramChannel",
            "- {type: io.netty.channel.epoll.EpollDatagramChannel, member: open}");
    RuleLoadException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            RuleLoadException.class, () -> new RuleLoader().parse("rules/t.yaml", bad));
    assertTrue(e.getMessage().contains("rules/t.yaml:"), e.getMessage());
  }
}
