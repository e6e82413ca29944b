package io.github.sockcheck.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.rules.Evidence;
import io.github.sockcheck.core.rules.Examples;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleKind;
import io.github.sockcheck.core.rules.TestRule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rule texts SARIF viewers and GitHub show: every help section present (and none empty), a
 * short description that is never blank, and GitHub's 1024-character limit on descriptions.
 */
class RuleTextTest {

  private static Rule rule(
      String title,
      String help,
      Examples examples,
      String fix,
      String appliesTo,
      List<Evidence> evidence) {
    return new Rule(
        "netty-fd-datagram",
        RuleKind.CALL,
        title,
        Severity.ERROR,
        Precision.HIGH,
        List.of("netty"),
        null,
        Set.of("source"),
        null,
        "{call}",
        help,
        examples,
        fix,
        appliesTo,
        evidence,
        null,
        null,
        "rules/netty-fd-datagram.yaml",
        List.of());
  }

  private static final Examples EXAMPLES =
      new Examples("java", "new Socket(fd);\nuse(s);\n", "new Socket(fd, AF_INET);");
  private static final List<Evidence> EVIDENCE =
      List.of(
          new Evidence("https://example.org/issue/1", " Errno 92 on WSL1 "),
          new Evidence("https://example.org/doc", ""),
          new Evidence("https://example.org/src", "a [bracketed] summary"));

  private static final Rule FULL =
      rule(
          "Socket rebuilt from an fd without a family",
          "First paragraph,\n  on two lines.\n\nSecond paragraph.\n",
          EXAMPLES,
          "Pass the family.",
          "Netty 4.2.8 to 4.2.9",
          EVIDENCE);

  @Test
  void helpTextHasEverySection() {
    assertEquals(
        """
        First paragraph,
          on two lines.

        Second paragraph.

        Noncompliant:
            new Socket(fd);
            use(s);

        Compliant:
            new Socket(fd, AF_INET);

        Fix:
        Pass the family.

        Applies to:
        Netty 4.2.8 to 4.2.9

        Sources:
        - https://example.org/issue/1 (Errno 92 on WSL1)
        - https://example.org/doc
        - https://example.org/src (a [bracketed] summary)""",
        RuleText.helpText(FULL));
  }

  @Test
  void helpMarkdownHasEverySection() {
    assertEquals(
        """
        First paragraph,
          on two lines.

        Second paragraph.

        ### Noncompliant
        ```java
        new Socket(fd);
        use(s);
        ```

        ### Compliant
        ```java
        new Socket(fd, AF_INET);
        ```

        ### Fix
        Pass the family.

        ### Applies to
        Netty 4.2.8 to 4.2.9

        ### Evidence
        - [Errno 92 on WSL1](https://example.org/issue/1)
        - [https://example.org/doc](https://example.org/doc)
        - [a [bracketed\\] summary](https://example.org/src)""",
        RuleText.helpMarkdown(FULL));
  }

  @Test
  void emptyPartsLeaveNoEmptySection() {
    Rule bare = rule("Title", " ", new Examples(null, "  ", null), "", null, List.of());
    assertEquals(
        "Title", RuleText.helpText(bare), "a blank help falls back to the short description");
    assertEquals("Title", RuleText.helpMarkdown(bare));
    Rule noExamples = rule("Title", "Help.", null, "Fix it.", " ", List.of());
    assertEquals("Help.\n\nFix:\nFix it.", RuleText.helpText(noExamples));
    assertEquals("Help.\n\n### Fix\nFix it.", RuleText.helpMarkdown(noExamples));
    Rule onlyCompliant =
        rule("Title", "Help.", new Examples(null, null, "ok();"), null, null, List.of());
    assertEquals("Help.\n\nCompliant:\n    ok();", RuleText.helpText(onlyCompliant));
    assertEquals("Help.\n\n### Compliant\n```\nok();\n```", RuleText.helpMarkdown(onlyCompliant));
  }

  @Test
  void codeWithBackticksGetsATildeFence() {
    Rule r =
        rule(
            "Title", "Help.", new Examples("markdown", "```\nx\n```", null), null, null, List.of());
    assertEquals(
        "Help.\n\n### Noncompliant\n~~~~markdown\n```\nx\n```\n~~~~", RuleText.helpMarkdown(r));
  }

  @Test
  void descriptionsAreNeverBlank() {
    assertEquals("Socket rebuilt from an fd without a family", RuleText.shortDescription(FULL));
    assertEquals(
        "First paragraph, on two lines. Fix: Pass the family.", RuleText.fullDescription(FULL));
    Rule untitled = rule(" ", null, null, null, null, List.of());
    assertEquals("netty-fd-datagram", RuleText.shortDescription(untitled));
    assertEquals("netty-fd-datagram", RuleText.fullDescription(untitled));
    assertEquals(
        "Title", RuleText.fullDescription(rule("Title", "\n\n", null, null, null, List.of())));
  }

  @Test
  void descriptionsStopAtGitHubsLimit() {
    String exactly = "x".repeat(RuleText.MAX_DESCRIPTION);
    assertEquals(
        exactly, RuleText.shortDescription(rule(exactly, null, null, null, null, List.of())));
    String longer = exactly + "y";
    String cut = RuleText.fullDescription(rule("t", longer, null, null, null, List.of()));
    assertEquals(RuleText.MAX_DESCRIPTION, cut.length());
    assertEquals("x".repeat(RuleText.MAX_DESCRIPTION - 1) + "…", cut);
  }

  @Test
  void namesTagsAndSeverities() {
    assertEquals("NettyFdDatagram", RuleText.pascalCase("netty-fd-datagram"));
    assertEquals("A1B", RuleText.pascalCase("a1--b"));
    assertEquals("--", RuleText.pascalCase("--"));
    assertEquals("external/cwe/cwe-628", RuleText.cweTag(" CWE-628 "));
    assertEquals("external/cwe/cwe-1188", RuleText.cweTag("cwe1188"));
    assertEquals("recommendation", RuleText.problemSeverity(Severity.NOTE));
    assertEquals("warning", RuleText.problemSeverity(Severity.WARNING));
    assertEquals("error", RuleText.problemSeverity(Severity.ERROR));
    assertEquals(
        "https://github.com/sockcheck/sockcheck/blob/main/src/site/markdown/rules/x.md",
        RuleText.helpUri("x"));
  }

  private static Rule withFix(String fix) {
    return TestRule.from(SarifSamples.rule("r", Severity.WARNING, null, List.of("t")))
        .fix(fix)
        .build();
  }

  @Test
  void aLongFixIsCutWithinGitHubsLimitAndNeverInsideACodeSpan() {
    String fix =
        "Use `"
            + "x".repeat(990)
            + "` and then `DatagramChannel.open(StandardProtocolFamily.INET)`.";
    String md = RuleText.fullDescriptionMarkdown(withFix(fix));
    assertTrue(md.length() <= 1024, String.valueOf(md.length()));
    assertEquals(0, md.chars().filter(c -> c == '`').count() % 2, md);
    assertTrue(md.endsWith("…"));
    assertTrue(RuleText.fullDescription(withFix(fix)).length() <= 1024);
  }

  @Test
  void theFixLinesAreJoined() {
    assertTrue(
        RuleText.fullDescription(withFix("Open it\n  with a family.\n"))
            .endsWith(" Fix: Open it with a family."));
  }
}
