package io.github.sockcheck.core.rules;

import static io.github.sockcheck.core.rules.InlineRules.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code quick-fixes}: the model the loader builds, and a file:line message with a fix for each
 * mistake.
 */
class QuickFixLoaderTest {

  private static final String CALL_RULE =
      """
      id: x
      kind: call
      title: A title
      severity: warning
      precision: high
      tags: [test]
      engines: [source, bytecode]
      message: "{call}({arg:fd})"
      help: Help.
      examples:
        language: java
        noncompliant: a
        compliant: b
      fix: Fix it.
      applies-to: All.
      evidence:
        - url: https://example.org/issue
          summary: Evidence.
      match:
        calls:
          - owner: io.netty.channel.epoll.EpollServerDomainSocketChannel
            member: <init>
            params: [int]
            roles: {fd: 0}
      """;

  /** A combination rule on the epoll releases [4.2.8.Final,4.2.10.Final). */
  private static final String COMBINATION_RULE =
      InlineRules.combinationRule(
          "x",
          """
            dependencies:
              - maven: [io.netty:netty-transport-classes-epoll]
                range: "[4.2.8.Final,4.2.10.Final)"
          """);

  /**
   * {@link #CALL_RULE} with one quick fix that appends {@code "true"} when {@code when} (its body,
   * indented by six) holds.
   */
  private static String callRuleFixedWhen(String when) {
    return CALL_RULE
        + "quick-fixes:\n  - title: W\n    when:\n"
        + when
        + "    append-argument: \"true\"\n";
  }

  private static Rule load(String text) throws RuleLoadException {
    return new RuleLoader().parse("rules/x.yaml", text);
  }

  private static List<String> problems(String text) {
    return assertThrows(RuleLoadException.class, () -> load(text)).problems();
  }

  @Test
  void aCallFixWithConditionsAndImports() throws RuleLoadException {
    Rule rule =
        load(
            CALL_RULE
                + """
        quick-fixes:
          - title: Make it active
            calls: ["io.netty.channel.epoll.EpollServerDomainSocketChannel#<init>"]
            when:
              all:
                - dependency: [io.netty:netty-transport-classes-epoll]
                  range: "[4.1.108.Final,)"
                - {use-arg: 0, of: [join], ipv4-from: ["java.net.InetAddress#getByName"]}
                - not: {arg: fd, equals: [-1]}
            append-argument: "{arg:fd} > 0"
            imports: [java.net.StandardProtocolFamily]
        """);
    QuickFix fix = rule.quickFixes().get(0);
    assertEquals("Make it active", fix.title());
    assertEquals(new QuickFix.AppendArgument("{arg:fd} > 0"), fix.edit());
    assertEquals(
        List.of(
            MemberPattern.parse("io.netty.channel.epoll.EpollServerDomainSocketChannel#<init>")),
        fix.calls());
    Condition.All all = (Condition.All) fix.when();
    assertEquals(
        new Condition.Dependency(
            List.of("io.netty:netty-transport-classes-epoll"), "[4.1.108.Final,)"),
        all.conditions().get(0));
    assertEquals(
        new Condition.UseArgIpv4(
            0,
            List.of(MemberPattern.parse("join")),
            List.of(MemberPattern.parse("java.net.InetAddress#getByName"))),
        all.conditions().get(1));
    assertEquals(List.of("java.net.StandardProtocolFamily"), fix.imports());
  }

  @Test
  void aVersionFix() throws RuleLoadException {
    Rule rule =
        load(
            COMBINATION_RULE + "quick-fixes:\n  - title: Upgrade\n    set-version: 4.2.10.Final\n");
    assertEquals(new QuickFix.SetVersion("4.2.10.Final"), rule.quickFixes().get(0).edit());
  }

  @Test
  void exactlyOneEdit() {
    String text =
        CALL_RULE + "quick-fixes:\n  - title: Two\n    append-argument: a\n    replace-call: b\n";
    assertEquals(
        List.of(
            "rules/x.yaml:"
                + lineOf(text, "- title: Two")
                + ": a quick fix has exactly one edit: "
                + "'append-argument', 'replace-call' or 'set-version', and 'set-version' takes no 'when', 'calls' or 'imports' "
                + "(found keys title, append-argument, replace-call)"),
        problems(text));
  }

  @Test
  void theEditMustFitTheRuleKind() {
    String call = CALL_RULE + "quick-fixes:\n  - title: V\n    set-version: 4.2.10.Final\n";
    assertEquals(
        List.of(
            "rules/x.yaml:"
                + lineOf(call, "set-version")
                + ": 'set-version' fits a combination rule only "
                + "(a call rule's fix is 'append-argument' or 'replace-call')"),
        problems(call));
    String combination =
        COMBINATION_RULE + "quick-fixes:\n  - title: A\n    append-argument: \"true\"\n";
    assertEquals(
        List.of(
            "rules/x.yaml:"
                + lineOf(combination, "append-argument")
                + ": 'append-argument' fits a call "
                + "rule only (a combination rule's fix is 'set-version')"),
        problems(combination));
  }

  @Test
  void placeholdersAndRolesMustExist() {
    String text =
        CALL_RULE
            + "quick-fixes:\n  - title: P\n    append-argument: \"{colour} {arg:family} {callee}\"\n";
    int at = lineOf(text, "append-argument");
    assertEquals(
        List.of(
            "rules/x.yaml:"
                + at
                + ": unknown placeholder '{colour}' in 'append-argument' (use {arg:ROLE} or {qualifier:ROLE})",
            "rules/x.yaml:"
                + at
                + ": unknown placeholder '{callee}' in 'append-argument' (use {arg:ROLE} or {qualifier:ROLE})",
            "rules/x.yaml:"
                + at
                + ": 'append-argument' uses role 'family' that no call pattern defines (defined roles: fd)"),
        problems(text));
  }

  @Test
  void callsMustNameTheRulesPatterns() {
    String text =
        CALL_RULE
            + "quick-fixes:\n  - title: C\n    calls: [\"java.nio.channels.DatagramChannel#open\"]\n"
            + "    append-argument: \"true\"\n";
    assertEquals(
        List.of(
            "rules/x.yaml:"
                + lineOf(text, "calls: [")
                + ": 'calls' entry 'java.nio.channels.DatagramChannel#open' "
                + "matches none of the rule's Java call patterns (patterns: io.netty.channel.epoll.EpollServerDomainSocketChannel#<init>)"),
        problems(text));
  }

  @Test
  void theNewVersionMustLeaveTheRange() {
    String text = COMBINATION_RULE + "quick-fixes:\n  - title: Up\n    set-version: 4.2.9.Final\n";
    assertEquals(
        List.of(
            "rules/x.yaml:"
                + lineOf(text, "set-version")
                + ": 'set-version' 4.2.9.Final lies in the rule's own "
                + "range [4.2.8.Final,4.2.10.Final), so the finding would stay (choose a version outside it)"),
        problems(text));
  }

  @Test
  void fixConditionsAreCheckedLikeWhere() {
    String text =
        callRuleFixedWhen(
            """
                  any:
                    - {arg: family, absent: true}
                    - {dependency: [io.netty:netty-all]}
                    - {bigger-than: 3}
                    - {dependency: [io.netty:netty-all], range: "4.1"}
            """);
    List<String> p = problems(text);
    assertTrue(
        p.contains(
            "rules/x.yaml:"
                + lineOf(text, "dependency: [io.netty:netty-all]}")
                + ": a dependency condition "
                + "needs both 'dependency' and 'range' (found keys dependency)"),
        p.toString());
    assertTrue(
        p.stream()
            .anyMatch(
                s ->
                    s.startsWith(
                        "rules/x.yaml:"
                            + lineOf(text, "bigger-than")
                            + ": unknown condition 'bigger-than' (expected one of all, any, not, arg,")),
        p.toString());
  }

  @Test
  void rolesAndRangesInsideFixConditions() {
    String text =
        callRuleFixedWhen(
            """
                  all:
                    - {arg: family, absent: true}
                    - {dependency: [io.netty:netty-all], range: "4.1"}
            """);
    assertEquals(
        List.of(
            "rules/x.yaml:"
                + lineOf(text, "arg: family")
                + ": condition uses role 'family' that no call pattern defines (defined roles: fd)",
            "rules/x.yaml:"
                + lineOf(text, "range: \"4.1\"")
                + ": malformed range '4.1' (Maven range syntax, e.g. [4.1.108.Final,))"),
        problems(text));
  }
}
