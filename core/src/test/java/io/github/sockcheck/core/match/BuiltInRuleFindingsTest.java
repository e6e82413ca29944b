package io.github.sockcheck.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.facts.ResultUse;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.RelatedLocation;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleLoadException;
import io.github.sockcheck.core.rules.RuleLoader;
import io.github.sockcheck.core.rules.RulePack;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a user reads for a built-in rule whose {@code where} is an {@code all:} of a {@code
 * result-used-by} and a {@code runtime} test: the {@code {use}} text and related location come from
 * one child, the "version unknown" note and the precision step from the other. The expected message
 * is the rule's own template filled by hand, so rewording the rule does not break the test.
 */
class BuiltInRuleFindingsTest {

  private static final String RULE = "inherited-server-channel-socket-adaptor";
  private static final Location CALL =
      new Location("src/main/java/com/example/Inetd.java", 10, 24, 10, 50);
  private static final Location SOCKET =
      new Location("src/main/java/com/example/Inetd.java", 12, 5, 12, 20);

  private static CallSite inheritedChannelThenSocket() {
    return CallSite.builder(Language.JAVA, "java.lang.System", "inheritedChannel")
        .paramTypes(List.of())
        .returnType("java.nio.channels.Channel")
        .resultUses(
            List.of(new ResultUse("java.nio.channels.ServerSocketChannel", "socket", SOCKET)))
        .location(CALL)
        .enclosing("com.example.Inetd#serve")
        .engine("source")
        .build();
  }

  private static List<Finding> match(Optional<String> javaRelease) throws RuleLoadException {
    RulePack pack = new RuleLoader().loadBuiltIn();
    return new CallMatcher(pack, rt -> rt.equals("java") ? javaRelease : Optional.empty())
        .match(inheritedChannelThenSocket()).stream().filter(f -> f.ruleId().equals(RULE)).toList();
  }

  private static Rule rule() throws RuleLoadException {
    return new RuleLoader().loadBuiltIn().rule(RULE).orElseThrow();
  }

  private static String expectedMessage(Rule rule) {
    return rule.message().replace("{call}", "System.inheritedChannel").replace("{use}", "socket");
  }

  @Test
  void unknownTargetReleaseNotesItAndLowersPrecision() throws RuleLoadException {
    Rule rule = rule();
    List<Finding> findings = match(Optional.empty());
    assertEquals(1, findings.size(), findings.toString());
    Finding f = findings.get(0);
    assertEquals(expectedMessage(rule) + " (target Java version unknown)", f.message());
    assertEquals(rule.precision().lower(), f.precision());
    assertEquals(
        rule.severity().lower(), f.severity(), "nothing decides the release: one level lower");
    assertEquals(CALL, f.location());
    assertEquals(List.of(new RelatedLocation(SOCKET, "`socket` is called here")), f.related());
  }

  @Test
  void knownAffectedReleaseKeepsTheRulesPrecision() throws RuleLoadException {
    Rule rule = rule();
    Finding f = match(Optional.of("17")).get(0);
    assertEquals(expectedMessage(rule), f.message());
    assertEquals(rule.precision(), f.precision());
    assertEquals(List.of(new RelatedLocation(SOCKET, "`socket` is called here")), f.related());
  }

  @Test
  void releaseBeforeTheRangeIsNotAFinding() throws RuleLoadException {
    assertTrue(match(Optional.of("11")).isEmpty());
  }
}
