package io.github.sockcheck.core.report;

import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.rules.Evidence;
import io.github.sockcheck.core.rules.Examples;
import io.github.sockcheck.core.rules.Rule;
import java.util.Locale;

/** The texts a rule shows in SARIF (and anywhere else a short or long description is needed). */
public final class RuleText {

  /** GitHub rejects descriptions longer than this. */
  static final int MAX_DESCRIPTION = 1024;

  private static final String DOC_BASE =
      "https://github.com/sockcheck/sockcheck/blob/main/src/site/markdown/rules/";

  private RuleText() {}

  /**
   * {@code netty-fd-datagram} → {@code NettyFdDatagram}: the "friendly name" SARIF viewers show.
   */
  public static String pascalCase(String id) {
    StringBuilder name = new StringBuilder();
    for (String part : id.split("[^A-Za-z0-9]+")) {
      if (part.isEmpty()) continue;
      name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return name.length() == 0 ? id : name.toString();
  }

  public static String helpUri(String id) {
    return DOC_BASE + id + ".md";
  }

  public static String shortDescription(Rule rule) {
    return limit(nonBlank(rule.title(), rule.id()));
  }

  /**
   * The first paragraph of the help, on one line, then the fix: the key advice, for viewers that
   * show {@code fullDescription} and never {@code help} (VS Code's SARIF viewer,
   * microsoft/sarif-vscode-extension#501).
   */
  public static String fullDescription(Rule rule) {
    String fix = oneLine(rule.fix());
    return limit(firstParagraph(rule) + (fix.isEmpty() ? "" : " Fix: " + fix));
  }

  /** {@link #fullDescription} as Markdown: the first paragraph and the fix, code spans kept. */
  public static String fullDescriptionMarkdown(Rule rule) {
    String fix = oneLine(rule.fix());
    return limitMarkdown(firstParagraph(rule) + (fix.isEmpty() ? "" : "\n\n**Fix:** " + fix));
  }

  private static String firstParagraph(Rule rule) {
    String help = rule.help() == null ? "" : rule.help().strip();
    return nonBlank(oneLine(help.split("\\R\\s*\\R", 2)[0]), shortDescription(rule));
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /** Cut like {@link #limit}, but never inside a code span (an odd number of backticks). */
  private static String limitMarkdown(String md) {
    if (md.length() <= MAX_DESCRIPTION) return md;
    String cut = md.substring(0, MAX_DESCRIPTION - 1);
    if (cut.chars().filter(c -> c == '`').count() % 2 == 1)
      cut = cut.substring(0, cut.lastIndexOf('`'));
    return cut.stripTrailing() + "…";
  }

  /** Plain text: the help, the examples, the fix, where it applies and the sources. */
  public static String helpText(Rule rule) {
    StringBuilder text = new StringBuilder(nonBlank(rule.help(), shortDescription(rule)).strip());
    Examples examples = rule.examples();
    if (examples != null) {
      appendSection(text, "Noncompliant:", indent(examples.noncompliant()));
      appendSection(text, "Compliant:", indent(examples.compliant()));
    }
    appendSection(text, "Fix:", rule.fix());
    appendSection(text, "Applies to:", rule.appliesTo());
    if (!rule.evidence().isEmpty()) {
      StringBuilder sources = new StringBuilder();
      for (Evidence e : rule.evidence()) {
        sources.append("- ").append(e.url());
        if (e.summary() != null && !e.summary().isBlank())
          sources.append(" (").append(e.summary().strip()).append(')');
        sources.append('\n');
      }
      appendSection(text, "Sources:", sources.toString());
    }
    return text.toString();
  }

  /**
   * Markdown: the help, the examples as code fences, the fix, where it applies and the sources as
   * links.
   */
  public static String helpMarkdown(Rule rule) {
    StringBuilder md = new StringBuilder(nonBlank(rule.help(), shortDescription(rule)).strip());
    Examples examples = rule.examples();
    if (examples != null) {
      String lang = examples.language() == null ? "" : examples.language();
      appendSection(md, "### Noncompliant", fence(lang, examples.noncompliant()));
      appendSection(md, "### Compliant", fence(lang, examples.compliant()));
    }
    appendSection(md, "### Fix", rule.fix());
    appendSection(md, "### Applies to", rule.appliesTo());
    if (!rule.evidence().isEmpty()) {
      StringBuilder links = new StringBuilder();
      for (Evidence e : rule.evidence()) {
        String label = e.summary() == null || e.summary().isBlank() ? e.url() : e.summary().strip();
        links
            .append("- [")
            .append(label.replace("]", "\\]"))
            .append("](")
            .append(e.url())
            .append(")\n");
      }
      appendSection(md, "### Evidence", links.toString());
    }
    return md.toString();
  }

  /** CWE tag in GitHub's spelling: {@code CWE-628} → {@code external/cwe/cwe-628}. */
  public static String cweTag(String cwe) {
    String number = cwe.strip().toLowerCase(Locale.ROOT).replaceFirst("^cwe-?", "");
    return "external/cwe/cwe-" + number;
  }

  /** GitHub's {@code problem.severity}: note is called recommendation there. */
  public static String problemSeverity(Severity severity) {
    return severity == Severity.NOTE ? "recommendation" : severity.sarifLevel();
  }

  private static void appendSection(StringBuilder out, String heading, String body) {
    if (body == null || body.isBlank()) return;
    out.append("\n\n").append(heading).append('\n').append(body.stripTrailing());
  }

  private static String fence(String language, String code) {
    if (code == null || code.isBlank()) return null;
    String ticks = code.contains("```") ? "~~~~" : "```";
    return ticks + language + "\n" + code.stripTrailing() + "\n" + ticks;
  }

  private static String indent(String code) {
    if (code == null || code.isBlank()) return null;
    return code.stripTrailing()
        .lines()
        .map(l -> "    " + l)
        .reduce((a, b) -> a + "\n" + b)
        .orElse("");
  }

  private static String nonBlank(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String limit(String text) {
    return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 1) + "…";
  }
}
