package io.github.sockcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertThrows;

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

  /** The 1-based line of the first line of {@code text} that contains {@code fragment}. */
  public static int lineOf(String text, String fragment) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(fragment)) return i + 1;
    throw new IllegalArgumentException(fragment + " is not in the text");
  }
}
