package io.github.sockcheck.bytecode.plugin;

import io.github.sockcheck.core.rules.Evidence;
import io.github.sockcheck.core.rules.Rule;

/** The HTML {@code Details} of a bug pattern, from a rule's help, examples, fix and evidence. */
final class RuleHtml {

  private RuleHtml() {}

  static String details(Rule rule) {
    StringBuilder html = new StringBuilder();
    html.append(markdown(rule.help()));
    if (rule.examples() != null) {
      if (rule.examples().noncompliant() != null) {
        html.append("<p>Noncompliant:</p>\n<pre>")
            .append(escape(rule.examples().noncompliant().strip()))
            .append("</pre>\n");
      }
      if (rule.examples().compliant() != null) {
        html.append("<p>Compliant:</p>\n<pre>")
            .append(escape(rule.examples().compliant().strip()))
            .append("</pre>\n");
      }
    }
    if (rule.fix() != null)
      html.append("<p><b>Fix:</b> ").append(inline(rule.fix().strip())).append("</p>\n");
    if (rule.appliesTo() != null)
      html.append("<p><b>Applies to:</b> ")
          .append(inline(rule.appliesTo().strip()))
          .append("</p>\n");
    if (!rule.evidence().isEmpty()) {
      html.append("<p>Evidence:</p>\n<ul>\n");
      for (Evidence evidence : rule.evidence()) {
        html.append("<li><a href=\"")
            .append(escape(evidence.url()))
            .append("\">")
            .append(escape(evidence.url()))
            .append("</a>: ")
            .append(inline(evidence.summary() == null ? "" : evidence.summary()))
            .append("</li>\n");
      }
      html.append("</ul>\n");
    }
    return html.toString();
  }

  /** Enough Markdown for rule help: paragraphs, fenced code blocks and inline code. */
  static String markdown(String text) {
    if (text == null) return "";
    StringBuilder html = new StringBuilder();
    StringBuilder paragraph = new StringBuilder();
    boolean inFence = false;
    for (String line : text.split("\n", -1)) {
      if (line.strip().startsWith("```")) {
        flush(html, paragraph);
        html.append(inFence ? "</pre>\n" : "<pre>");
        inFence = !inFence;
      } else if (inFence) {
        html.append(escape(line)).append('\n');
      } else if (line.isBlank()) {
        flush(html, paragraph);
      } else {
        if (paragraph.length() > 0) paragraph.append(' ');
        paragraph.append(line.strip());
      }
    }
    if (inFence) html.append("</pre>\n");
    flush(html, paragraph);
    return html.toString();
  }

  private static void flush(StringBuilder html, StringBuilder paragraph) {
    if (paragraph.length() == 0) return;
    html.append("<p>").append(inline(paragraph.toString())).append("</p>\n");
    paragraph.setLength(0);
  }

  private static String inline(String text) {
    return escape(text)
        .replaceAll("`([^`]+)`", "<code>$1</code>")
        .replaceAll("\\*\\*([^*]+)\\*\\*", "<b>$1</b>");
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
