package io.github.sockcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/**
 * Rule files written inline for loader tests: a valid rule whose {@code match:} the test supplies.
 */
public final class InlineRules {

  private InlineRules() {}

  private static final String COMMON =
      """
      title: Sample rule for loader tests
      severity: warning
      precision: high
      tags: [test]
      message: "MESSAGE"
      help: Why it matters.
      examples:
        language: java
        noncompliant: new Foo(-1);
        compliant: new Foo(fd);
      fix: Pass a real fd.
      applies-to: all versions
      evidence:
        - url: https://github.com/netty/netty/issues/1
          summary: an issue
      """;

  /**
   * A call rule on {@code new com.example.Foo(int fd)} (role {@code fd} at 0); {@code rest} follows
   * the pattern inside {@code match:}, e.g. {@code " where: {arg: fd, less-than: 0}\n"} (then on
   * line 25).
   */
  public static String callRule(String id, String rest) {
    return "id: "
        + id
        + "\nkind: call\nengines: [source, bytecode]\n"
        + COMMON.replace("MESSAGE", "{call} wraps fd")
        + """
        match:
          calls:
            - owner: com.example.Foo
              member: <init>
              params: [int]
              roles: {fd: 0}
        """
        + rest;
  }

  /**
   * A combination rule whose {@code match:} body (indented by two) is {@code body}, starting on
   * line 18.
   */
  public static String combinationRule(String id, String body) {
    return "id: "
        + id
        + "\nkind: combination\nengines: [combination]\n"
        + COMMON.replace("MESSAGE", "{dependency} {version}")
        + "match:\n"
        + body;
  }

  /** The problems loading {@code text} as {@code rules/<id>.yaml} reports; fails when it loads. */
  public static List<String> problems(String id, String text) {
    return assertThrows(
            RuleLoadException.class,
            () -> new RuleLoader().parse("rules/" + id + ".yaml", text),
            "expected the rule to be rejected:\n" + text)
        .problems();
  }

  /**
   * Loads a call rule whose {@code where:} is {@code condition}, asserts that it is rejected with
   * exactly one problem at the {@code where:} line that starts with {@code expected}, and returns
   * that problem list (for tests that nest the condition and compare).
   */
  public static List<String> assertOneProblemAtWhereLine(String condition, String expected) {
    String top = callRule("r", "  where: " + condition + "\n");
    List<String> atTop = problems("r", top);
    String prefix = "rules/r.yaml:" + lineOf(top, "where:") + ": " + expected;
    assertEquals(1, atTop.size(), atTop.toString());
    assertTrue(atTop.get(0).startsWith(prefix), atTop.get(0) + "\n does not start with\n" + prefix);
    return atTop;
  }

  /**
   * Conditions that wrap {@code %s} one level deep: a malformed condition must read the same inside
   * each.
   */
  public static final List<String> NESTING_WRAPPERS =
      List.of(
          "{not: %s}",
          "{all: [{arg: fd, absent: true}, %s]}", "{any: [%s, {arg: fd, less-than: 0}]}");

  /**
   * {@link #assertOneProblemAtWhereLine}, then the same condition inside each of {@link
   * #NESTING_WRAPPERS}: one problem each, with the same start.
   */
  public static void assertMalformedAtWhereLineAtAnyNesting(String condition, String expected) {
    String first = assertOneProblemAtWhereLine(condition, expected).get(0);
    String prefix = first.substring(0, first.indexOf(": ") + 2) + expected;
    for (String wrapper : NESTING_WRAPPERS) {
      List<String> nested =
          problems("r", callRule("r", "  where: " + String.format(wrapper, condition) + "\n"));
      assertEquals(1, nested.size(), nested.toString());
      assertTrue(nested.get(0).startsWith(prefix), nested.get(0));
    }
  }

  /** The 1-based line of the first line of {@code text} that contains {@code fragment}. */
  public static int lineOf(String text, String fragment) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(fragment)) return i + 1;
    throw new IllegalArgumentException(fragment + " is not in the text");
  }
}
