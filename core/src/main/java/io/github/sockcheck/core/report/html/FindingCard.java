package io.github.sockcheck.core.report.html;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Fix;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.RelatedLocation;
import io.github.sockcheck.core.findings.Suppression;
import io.github.sockcheck.core.findings.TextEdit;
import io.github.sockcheck.core.io.FileTexts;
import io.github.sockcheck.core.report.RuleText;
import io.github.sockcheck.core.rules.Evidence;
import io.github.sockcheck.core.rules.Rule;
import java.util.List;
import java.util.Optional;

/**
 * One finding as an {@code <article>}: what, where, the source around it, why and how to fix it.
 */
final class FindingCard {

  private final FileTexts texts;

  FindingCard(FileTexts texts) {
    this.texts = texts;
  }

  /**
   * @param index the finding's place in the report (its anchor {@code sc-f-N} and the default
   *     order)
   * @param heading the heading level of the card's title (4 inside a file group, 3 in a flat list)
   */
  void append(StringBuilder out, Finding f, Rule rule, int index, int heading) {
    String level = f.severity().sarifLevel();
    String id = "sc-f-" + index;
    out.append("<article class=\"sc-finding sc-")
        .append(level)
        .append("\" id=\"")
        .append(id)
        .append("\" data-order=\"")
        .append(index)
        .append("\" data-level=\"")
        .append(level)
        .append("\" data-rule=\"")
        .append(Html.escape(f.ruleId()))
        .append("\" data-file=\"")
        .append(Html.escape(f.location().path()))
        .append("\" data-line=\"")
        .append(Math.max(0, f.location().startLine()))
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-h\">\n");

    out.append("<div class=\"sc-finding-head\">").append(levelBadge(level));
    out.append("<h")
        .append(heading)
        .append(" class=\"sc-finding-title\" id=\"")
        .append(id)
        .append("-h\">")
        .append("<a class=\"sc-rule-id\" href=\"#")
        .append(HtmlPage.ruleAnchor(f.ruleId()))
        .append("\">")
        .append(Html.escape(f.ruleId()))
        .append("</a>");
    if (rule != null && rule.title() != null && !rule.title().isBlank()) {
      out.append(" <span class=\"sc-rule-title\">")
          .append(Html.escape(rule.title()))
          .append("</span>");
    }
    out.append("</h").append(heading).append("></div>\n");

    out.append("<p class=\"sc-where\"><code class=\"sc-loc\">")
        .append(Html.path(position(f.location())))
        .append("</code>");
    if ("new".equals(f.baselineState()))
      out.append(" <span class=\"sc-tag\">new since baseline</span>");
    out.append(" <a class=\"sc-permalink\" href=\"#").append(id).append("\">link</a></p>\n");

    out.append("<p class=\"sc-message\">")
        .append(MarkdownHtml.codeSpans(f.message()))
        .append("</p>\n");
    appendSnippet(out, f.location());
    appendFacts(out, f);
    appendTrail(out, f);
    appendSuppression(out, f.suppression());
    appendRelated(out, f.related());
    appendFixes(out, f.fixes());
    appendHelp(out, rule, f.ruleId());
    out.append("</article>\n");
  }

  static String levelBadge(String level) {
    return "<span class=\"sc-level sc-level-" + level + "\">" + level + "</span>";
  }

  /** {@code path:line:column} as a person (and an IDE's "go to file") reads it. */
  static String position(Location l) {
    if (l.startLine() <= 0) return l.path();
    return l.path() + ":" + l.startLine() + (l.startColumn() > 0 ? ":" + l.startColumn() : "");
  }

  private void appendSnippet(StringBuilder out, Location location) {
    if (location.startLine() <= 0) return;
    Optional<SourceSnippet> snippet = SourceSnippet.around(texts, location);
    if (snippet.isEmpty()) {
      out.append("<p class=\"sc-no-source\">The source of this file is not available here.</p>\n");
      return;
    }
    out.append("<pre class=\"sc-snippet\" tabindex=\"0\" aria-label=\"Source around ")
        .append(Html.escape(position(location)))
        .append("\"><code>");
    for (SourceSnippet.Line line : snippet.get().lines()) {
      out.append("<span class=\"sc-line")
          .append(line.reported() ? " sc-hit" : "")
          .append("\">")
          .append("<span class=\"sc-ln\" aria-hidden=\"true\">")
          .append(line.number())
          .append("</span>");
      if (line.cutBefore()) out.append("<span class=\"sc-cut\">…</span>");
      String text = line.text();
      if (line.markStart() >= 0 && line.markEnd() > line.markStart()) {
        Html.appendEscaped(out, text.substring(0, line.markStart()));
        out.append("<mark>");
        Html.appendEscaped(out, text.substring(line.markStart(), line.markEnd()));
        out.append("</mark>");
        Html.appendEscaped(out, text.substring(line.markEnd()));
      } else {
        Html.appendEscaped(out, text);
      }
      if (line.cutAfter()) out.append("<span class=\"sc-cut\">…</span>");
      // The line break keeps lines apart when copied and without the stylesheet.
      out.append("\n</span>");
    }
    out.append("</code></pre>\n");
  }

  private static void appendFacts(StringBuilder out, Finding f) {
    out.append("<dl class=\"sc-facts\">");
    fact(out, "Precision", f.precision().sarifName());
    fact(out, f.engines().size() == 1 ? "Engine" : "Engines", String.join(", ", f.engines()));
    String coordinate = f.properties().get("coordinate");
    if (coordinate != null) fact(out, "Dependency", coordinate);
    String enclosing = f.properties().get("enclosing");
    if (enclosing != null) fact(out, "In", enclosing);
    if (f.baselineState() != null) fact(out, "Baseline", f.baselineState());
    out.append("</dl>\n");
  }

  private static void fact(StringBuilder out, String name, String value) {
    out.append("<div><dt>")
        .append(name)
        .append("</dt><dd>")
        .append(Html.escape(value))
        .append("</dd></div>");
  }

  /** The dependency path of a combination finding: how the affected version reaches the project. */
  private static void appendTrail(StringBuilder out, Finding f) {
    String trail = f.properties().get("trail");
    if (trail == null || trail.isBlank()) return;
    out.append("<div class=\"sc-block sc-trail\"><h5>Version combination</h5><ol>");
    for (String step : trail.split("\\s*→\\s*")) {
      out.append("<li><code>").append(Html.escape(step)).append("</code></li>");
    }
    out.append("</ol></div>\n");
  }

  private static void appendSuppression(StringBuilder out, Suppression s) {
    if (s == null) return;
    boolean baseline = "external".equals(s.kind());
    out.append("<div class=\"sc-block\"><h5>")
        .append(baseline ? "Accepted by the baseline" : "Suppressed in source")
        .append("</h5>");
    if (s.justification() != null
        && !s.justification().isBlank()
        && !(baseline && "baseline".equals(s.justification()))) {
      out.append("<p class=\"sc-justification\">")
          .append(Html.escape(s.justification()))
          .append("</p>");
    } else if (!baseline) {
      out.append("<p class=\"sc-justification\">No reason given.</p>");
    }
    if (s.where() != null) {
      out.append("<p>At <code>").append(Html.escape(position(s.where()))).append("</code></p>");
    }
    out.append("</div>\n");
  }

  private static void appendRelated(StringBuilder out, List<RelatedLocation> related) {
    if (related.isEmpty()) return;
    out.append("<div class=\"sc-block\"><h5>Related locations</h5><ul>");
    for (RelatedLocation r : related) {
      out.append("<li><code>").append(Html.escape(position(r.location()))).append("</code>");
      if (r.message() != null && !r.message().isBlank())
        out.append(" — ").append(MarkdownHtml.codeSpans(r.message()));
      out.append("</li>");
    }
    out.append("</ul></div>\n");
  }

  private static void appendFixes(StringBuilder out, List<Fix> fixes) {
    if (fixes.isEmpty()) return;
    out.append("<div class=\"sc-block\"><h5>Suggested fix</h5><ul>");
    for (Fix fix : fixes) {
      out.append("<li>")
          .append(Html.escape(fix.description() == null ? "Edit" : fix.description()));
      for (TextEdit edit : fix.edits()) {
        out.append(edit.replacement().isEmpty() ? "<br>delete at <code>" : "<br>at <code>")
            .append(Html.escape(position(edit.region())))
            .append("</code>");
        if (!edit.replacement().isEmpty()) {
          out.append(" insert <code>").append(Html.escape(edit.replacement())).append("</code>");
        }
      }
      out.append("</li>");
    }
    out.append("</ul></div>\n");
  }

  private static void appendHelp(StringBuilder out, Rule rule, String ruleId) {
    out.append(
            "<details class=\"sc-help\"><summary>Why this matters, how to fix it, evidence</summary>")
        .append("<div class=\"sc-help-body\">");
    if (rule == null) {
      out.append("<p>No rule description is available for <code>")
          .append(Html.escape(ruleId))
          .append("</code>.</p>");
    } else {
      out.append(MarkdownHtml.render(rule.help()));
      if (rule.fix() != null && !rule.fix().isBlank())
        out.append("<h5>Fix</h5>").append(MarkdownHtml.render(rule.fix()));
      if (rule.appliesTo() != null && !rule.appliesTo().isBlank()) {
        out.append("<h5>Applies to</h5>").append(MarkdownHtml.render(rule.appliesTo()));
      }
      appendEvidence(out, rule.evidence());
    }
    out.append("<p><a href=\"")
        .append(Html.escape(RuleText.helpUri(ruleId)))
        .append("\" rel=\"noopener noreferrer\">Rule reference page</a></p>");
    out.append("</div></details>\n");
  }

  static void appendEvidence(StringBuilder out, List<Evidence> evidence) {
    if (evidence.isEmpty()) return;
    out.append("<h5>Evidence</h5><ul>");
    for (Evidence e : evidence) {
      String href = Html.safeUrl(e.url());
      String label = e.summary() == null || e.summary().isBlank() ? e.url() : e.summary().strip();
      out.append("<li>");
      if (href != null) {
        out.append("<a href=\"")
            .append(Html.escape(href))
            .append("\" rel=\"noopener noreferrer\">")
            .append(Html.escape(label))
            .append("</a>");
        if (!label.equals(e.url()))
          out.append(" <span class=\"sc-url\">(").append(Html.escape(href)).append(")</span>");
      } else {
        out.append(Html.escape(label)).append(" (").append(Html.escape(e.url())).append(')');
      }
      out.append("</li>");
    }
    out.append("</ul>");
  }
}
