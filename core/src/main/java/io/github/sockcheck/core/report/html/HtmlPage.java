package io.github.sockcheck.core.report.html;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.io.FileTexts;
import io.github.sockcheck.core.report.Report;
import io.github.sockcheck.core.report.RuleText;
import io.github.sockcheck.core.rules.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lays out one report: header, summary (by level, by rule, by file), the findings grouped by file,
 * the baselined and suppressed findings, the notifications and the rules. Works without the script:
 * groups, anchors and {@code <details>}; the script adds filtering and sorting on top.
 */
final class HtmlPage {

  private final Report report;
  private final String title;
  private final FindingCard cards;
  private final Map<String, Rule> rules = new TreeMap<>();
  private final List<Finding> active = new ArrayList<>();
  private final List<Finding> baselined = new ArrayList<>();
  private final List<Finding> suppressed = new ArrayList<>();
  private final int suppressedHidden;
  private final Map<Finding, Integer> index = new IdentityHashMap<>();
  private final Map<String, Integer> fileIndex = new LinkedHashMap<>();

  HtmlPage(Report report, String title, boolean includeSuppressed, FileTexts texts) {
    this.report = report;
    this.title = title;
    this.cards = new FindingCard(texts);
    for (Rule r : report.rules()) rules.putIfAbsent(r.id(), r);
    List<Finding> sorted = new ArrayList<>(report.findings());
    sorted.sort(Finding.ORDER);
    int hidden = 0;
    for (Finding f : sorted) {
      if (!f.suppressed()) active.add(f);
      else if ("external".equals(f.suppression().kind())) baselined.add(f);
      else if (includeSuppressed) suppressed.add(f);
      else hidden++;
    }
    suppressedHidden = hidden;
    int n = 0;
    for (List<Finding> list : List.of(active, baselined, suppressed)) {
      for (Finding f : list) index.put(f, ++n);
    }
    for (Finding f : active) fileIndex.putIfAbsent(f.location().path(), fileIndex.size() + 1);
  }

  static String ruleAnchor(String ruleId) {
    return "sc-rule-" + Html.idPart(ruleId);
  }

  /**
   * A whole document with its own {@code <head>}, stylesheet, script and Content-Security-Policy.
   */
  String document() {
    StringBuilder out = new StringBuilder(64 * 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(Html.escape(HtmlAssets.CONTENT_SECURITY_POLICY))
        .append("\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
        .append("<meta name=\"generator\" content=\"sockcheck ")
        .append(Html.escape(report.toolVersion()))
        .append("\">\n")
        .append("<title>")
        .append(Html.escape(documentTitle()))
        .append("</title>\n")
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<style>")
        .append(HtmlAssets.CSS)
        .append("</style>\n")
        .append("</head>\n<body class=\"sc-body\">\n");
    body(out, true);
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  /**
   * The report for embedding in another page (the Maven site): no {@code <html>}, no main landmark.
   */
  String fragment() {
    StringBuilder out = new StringBuilder(64 * 1024);
    out.append("<style>").append(HtmlAssets.CSS).append("</style>\n");
    body(out, false);
    return out.toString();
  }

  String documentTitle() {
    return "sockcheck report: " + title;
  }

  private void body(StringBuilder out, boolean page) {
    out.append("<div class=\"sc-report")
        .append(page ? " sc-page" : "")
        .append("\" id=\"sockcheck-report\">\n");
    out.append("<a class=\"sc-skip\" href=\"#sc-findings\">Skip to the findings</a>\n");
    header(out, page);
    nav(out);
    out.append(
        page
            ? "<main class=\"sc-main\" id=\"sc-main\">\n"
            : "<div class=\"sc-main\" id=\"sc-main\">\n");
    summary(out);
    findings(out);
    if (!baselined.isEmpty())
      listing(
          out,
          "sc-baselined",
          "Accepted by the baseline",
          "These findings are recorded in the baseline file. They are still problems, but they do not fail the build.",
          baselined);
    if (!suppressed.isEmpty())
      listing(
          out,
          "sc-suppressed",
          "Suppressed in source",
          "These findings are suppressed by an annotation or an ignore comment in the code, with the reason given there.",
          suppressed);
    notifications(out);
    rulesSection(out);
    out.append(page ? "</main>\n" : "</div>\n");
    out.append("<footer class=\"sc-footer\"><p>Written by sockcheck ")
        .append(Html.escape(report.toolVersion()))
        .append(
            ". This page is self-contained: it loads nothing from the network, and its filters are an ")
        .append("addition: everything is readable without scripts.</p></footer>\n");
    out.append("<script>").append(HtmlAssets.JS).append("</script>\n");
    out.append("</div>\n");
  }

  private void header(StringBuilder out, boolean page) {
    out.append(page ? "<header class=\"sc-header\">" : "<div class=\"sc-header\">")
        .append("<div class=\"sc-header-inner\">")
        .append("<p class=\"sc-brand\">sockcheck report</p>")
        .append("<h1>")
        .append(Html.escape(title))
        .append("</h1>")
        .append("<p class=\"sc-meta\">")
        .append(count(active.size(), "finding"))
        .append(" · ")
        .append(count(report.rules().size(), "rule"))
        .append(" ran · sockcheck ")
        .append(Html.escape(report.toolVersion()))
        .append(" · paths are relative to <code>")
        .append(Html.escape(report.root().toAbsolutePath().normalize().toString()))
        .append("</code></p>")
        .append("</div>")
        .append(page ? "</header>\n" : "</div>\n");
  }

  private void nav(StringBuilder out) {
    out.append(
        "<nav class=\"sc-nav\" aria-label=\"Report sections\"><div class=\"sc-nav-inner\"><ul>");
    navItem(out, "sc-summary", "Summary", -1);
    navItem(out, "sc-findings", "Findings", active.size());
    if (!baselined.isEmpty()) navItem(out, "sc-baselined", "Baselined", baselined.size());
    if (!suppressed.isEmpty()) navItem(out, "sc-suppressed", "Suppressed", suppressed.size());
    navItem(out, "sc-notifications", "Notifications", report.notifications().size());
    navItem(out, "sc-rules", "Rules", report.rules().size());
    out.append("</ul></div></nav>\n");
  }

  private static void navItem(StringBuilder out, String id, String label, int n) {
    out.append("<li><a href=\"#").append(id).append("\">").append(label);
    if (n >= 0) out.append(" <span class=\"sc-n\">(").append(n).append(")</span>");
    out.append("</a></li>");
  }

  private void summary(StringBuilder out) {
    Map<Severity, Integer> byLevel = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) byLevel.put(s, 0);
    for (Finding f : active) byLevel.merge(f.severity(), 1, Integer::sum);

    section(out, "sc-summary", "Summary");
    out.append("<ul class=\"sc-counts\">");
    for (Severity s : Severity.values()) {
      String level = s.sarifLevel();
      int n = byLevel.get(s);
      out.append("<li class=\"sc-count sc-count-")
          .append(level)
          .append("\"><a href=\"#sc-findings\" data-show-level=\"")
          .append(level)
          .append("\"><span class=\"sc-count-n\">")
          .append(n)
          .append("</span> <span class=\"sc-count-label\">")
          .append(plural(n, level))
          .append("</span></a></li>");
    }
    countCard(out, baselined.size(), "baselined", baselined.isEmpty() ? null : "sc-baselined");
    int suppressedCount = suppressed.size() + suppressedHidden;
    countCard(
        out,
        suppressedCount,
        suppressedHidden > 0 ? "suppressed (not listed)" : "suppressed",
        suppressed.isEmpty() ? null : "sc-suppressed");
    countCard(out, report.notifications().size(), "notifications", "sc-notifications");
    out.append("</ul>\n");

    if (!active.isEmpty()) {
      out.append("<div class=\"sc-tables\">");
      byRuleTable(out);
      byFileTable(out);
      out.append("</div>\n");
    }
    out.append("</section>\n");
  }

  private static void countCard(StringBuilder out, int n, String label, String target) {
    out.append("<li class=\"sc-count sc-count-other\">")
        .append(target == null ? "<span>" : "<a href=\"#" + target + "\">")
        .append("<span class=\"sc-count-n\">")
        .append(n)
        .append("</span> <span class=\"sc-count-label\">")
        .append(label)
        .append("</span>")
        .append(target == null ? "</span>" : "</a>")
        .append("</li>");
  }

  private void byRuleTable(StringBuilder out) {
    Map<String, List<Finding>> byRule = new TreeMap<>();
    for (Finding f : active) byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
    List<Map.Entry<String, List<Finding>>> rows = new ArrayList<>(byRule.entrySet());
    rows.sort(
        Comparator.comparing((Map.Entry<String, List<Finding>> e) -> worst(e.getValue()))
            .thenComparing(e -> -e.getValue().size())
            .thenComparing(Map.Entry::getKey));
    out.append("<div class=\"sc-table-wrap\"><table><caption>Findings by rule</caption><thead><tr>")
        .append(
            "<th scope=\"col\">Rule</th><th scope=\"col\">Level</th><th scope=\"col\" class=\"sc-num\">Findings</th>")
        .append("</tr></thead><tbody>");
    for (Map.Entry<String, List<Finding>> row : rows) {
      String id = row.getKey();
      Rule rule = rules.get(id);
      out.append("<tr><td class=\"sc-rule-cell\"><a href=\"#")
          .append(ruleAnchor(id))
          .append("\">")
          .append(Html.escape(id))
          .append("</a>");
      if (rule != null) out.append("<small>").append(Html.escape(rule.title())).append("</small>");
      out.append("</td><td>")
          .append(FindingCard.levelBadge(worst(row.getValue()).sarifLevel()))
          .append("</td>")
          .append("<td class=\"sc-num\"><a href=\"#sc-findings\" data-show-rule=\"")
          .append(Html.escape(id))
          .append("\" aria-label=\"")
          .append(count(row.getValue().size(), "finding"))
          .append(" of ")
          .append(Html.escape(id))
          .append("\">")
          .append(row.getValue().size())
          .append("</a></td></tr>");
    }
    out.append("</tbody></table></div>");
  }

  private void byFileTable(StringBuilder out) {
    Map<String, Map<Severity, Integer>> byFile = new TreeMap<>();
    for (Finding f : active) {
      byFile
          .computeIfAbsent(f.location().path(), k -> new EnumMap<>(Severity.class))
          .merge(f.severity(), 1, Integer::sum);
    }
    out.append("<div class=\"sc-table-wrap\"><table><caption>Findings by file</caption><thead><tr>")
        .append("<th scope=\"col\">File</th><th scope=\"col\" class=\"sc-num\">Errors</th>")
        .append(
            "<th scope=\"col\" class=\"sc-num\">Warnings</th><th scope=\"col\" class=\"sc-num\">Notes</th>")
        .append("</tr></thead><tbody>");
    for (Map.Entry<String, Map<Severity, Integer>> row : byFile.entrySet()) {
      String path = row.getKey();
      out.append("<tr><td><a href=\"#sc-file-")
          .append(fileIndex.get(path))
          .append("\" data-show-file=\"")
          .append(Html.escape(path))
          .append("\"><code>")
          .append(Html.path(path))
          .append("</code></a></td>");
      for (Severity s : Severity.values()) {
        out.append("<td class=\"sc-num\">")
            .append(row.getValue().getOrDefault(s, 0))
            .append("</td>");
      }
      out.append("</tr>");
    }
    out.append("</tbody></table></div>");
  }

  private void findings(StringBuilder out) {
    section(out, "sc-findings", "Findings");
    if (active.isEmpty()) {
      out.append("<p class=\"sc-none\">No findings. sockcheck ran ")
          .append(count(report.rules().size(), "rule"))
          .append(" and found nothing to report")
          .append(baselined.isEmpty() ? "" : " beyond the baseline")
          .append(".</p>\n");
    }
    if (index.isEmpty()) {
      out.append("</section>\n");
      return;
    }
    filters(out);
    if (!active.isEmpty()) {
      out.append("<div class=\"sc-groups\">\n");
      Map<String, List<Finding>> byFile = new LinkedHashMap<>();
      for (Finding f : active)
        byFile.computeIfAbsent(f.location().path(), k -> new ArrayList<>()).add(f);
      for (Map.Entry<String, List<Finding>> group : byFile.entrySet()) {
        String id = "sc-file-" + fileIndex.get(group.getKey());
        out.append("<section class=\"sc-file\" id=\"")
            .append(id)
            .append("\" aria-labelledby=\"")
            .append(id)
            .append("-h\"><h3 id=\"")
            .append(id)
            .append("-h\"><code>")
            .append(Html.path(group.getKey()))
            .append("</code> <span class=\"sc-n\">")
            .append(count(group.getValue().size(), "finding"))
            .append("</span></h3>\n");
        for (Finding f : group.getValue())
          cards.append(out, f, rules.get(f.ruleId()), index.get(f), 4);
        out.append("</section>\n");
      }
      out.append("</div>\n");
    }
    out.append("</section>\n");
  }

  private void filters(StringBuilder out) {
    TreeSet<String> ruleIds = new TreeSet<>();
    TreeSet<String> files = new TreeSet<>();
    for (Finding f : index.keySet()) {
      ruleIds.add(f.ruleId());
      files.add(f.location().path());
    }
    out.append(
            "<form class=\"sc-filters\" hidden aria-label=\"Filter and sort findings\"><div class=\"sc-filter-row\">")
        .append("<fieldset><legend>Level</legend><div class=\"sc-levels\">");
    for (Severity s : Severity.values()) {
      String level = s.sarifLevel();
      out.append("<label class=\"sc-check\"><input type=\"checkbox\" name=\"level\" value=\"")
          .append(level)
          .append("\" checked> ")
          .append(level)
          .append("</label>");
    }
    out.append("</div></fieldset>");
    select(out, "sc-filter-rule", "rule", "Rule", "All rules", ruleIds);
    select(out, "sc-filter-file", "file", "File", "All files", files);
    out.append(
            "<label class=\"sc-field\" for=\"sc-filter-q\">Text<input type=\"search\" id=\"sc-filter-q\" name=\"q\" ")
        .append("placeholder=\"message, path, rule\" autocomplete=\"off\"></label>");
    out.append(
            "<label class=\"sc-field\" for=\"sc-sort\">Sort by<select id=\"sc-sort\" name=\"sort\">")
        .append(
            "<option value=\"file\" selected>file and line</option><option value=\"level\">level</option>")
        .append("<option value=\"rule\">rule</option></select></label>")
        .append("<button type=\"reset\">Reset</button>")
        .append(
            "</div></form>\n<p class=\"sc-status\" role=\"status\" aria-live=\"polite\"></p>\n");
  }

  private static void select(
      StringBuilder out, String id, String name, String label, String any, TreeSet<String> values) {
    out.append("<label class=\"sc-field\" for=\"")
        .append(id)
        .append("\">")
        .append(label)
        .append("<select id=\"")
        .append(id)
        .append("\" name=\"")
        .append(name)
        .append("\"><option value=\"\">")
        .append(any)
        .append("</option>");
    for (String v : values) {
      out.append("<option value=\"")
          .append(Html.escape(v))
          .append("\">")
          .append(Html.escape(v))
          .append("</option>");
    }
    out.append("</select></label>");
  }

  private void listing(
      StringBuilder out, String id, String heading, String lead, List<Finding> findings) {
    openSection(out, "sc-listing", id)
        .append(heading)
        .append(" <span class=\"sc-n\">(")
        .append(findings.size())
        .append(")</span></h2>\n<p class=\"sc-lead\">")
        .append(lead)
        .append("</p>\n")
        .append("<p class=\"sc-nomatch\">No finding here matches the filters.</p>\n");
    for (Finding f : findings) cards.append(out, f, rules.get(f.ruleId()), index.get(f), 3);
    out.append("</section>\n");
  }

  private void notifications(StringBuilder out) {
    section(out, "sc-notifications", "Notifications");
    List<Notification> notes = new ArrayList<>(report.notifications());
    notes.sort(Notification.ORDER);
    if (notes.isEmpty()) {
      out.append("<p class=\"sc-none\">The scan read every file it was given.</p>\n</section>\n");
      return;
    }
    out.append(
            "<p class=\"sc-lead\">Files the scan could not read and other problems it met. It went on without ")
        .append("them, so findings in these files may be missing.</p>\n")
        .append("<div class=\"sc-table-wrap\"><table><caption>")
        .append(count(notes.size(), "notification"))
        .append("</caption><thead><tr><th scope=\"col\">Level</th><th scope=\"col\">Where</th>")
        .append("<th scope=\"col\">Stage</th><th scope=\"col\">Message</th></tr></thead><tbody>");
    for (Notification n : notes) {
      out.append("<tr><td>")
          .append(FindingCard.levelBadge(n.level().sarifLevel()))
          .append("</td><td>")
          .append(
              n.location() == null
                  ? "—"
                  : "<code>" + Html.escape(FindingCard.position(n.location())) + "</code>")
          .append("</td><td>")
          .append(Html.escape(n.source() == null ? "" : n.source()))
          .append("</td><td>")
          .append(Html.escape(n.message()))
          .append("</td></tr>");
    }
    out.append("</tbody></table></div>\n</section>\n");
  }

  private void rulesSection(StringBuilder out) {
    section(out, "sc-rules", "Rules");
    Map<String, List<Finding>> byRule = new TreeMap<>();
    for (Finding f : index.keySet())
      byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
    byRule.values().forEach(list -> list.sort(Comparator.comparing(index::get)));
    if (!byRule.isEmpty()) {
      out.append(
          "<p class=\"sc-lead\">The rules with findings in this report, and where each one fired.</p>\n");
    }
    for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
      String id = e.getKey();
      Rule rule = rules.get(id);
      out.append("<section class=\"sc-rule\" id=\"")
          .append(ruleAnchor(id))
          .append("\" aria-labelledby=\"")
          .append(ruleAnchor(id))
          .append("-h\"><h3 id=\"")
          .append(ruleAnchor(id))
          .append("-h\"><code>")
          .append(Html.escape(id))
          .append("</code>");
      if (rule != null)
        out.append(" <span class=\"sc-rule-title\">")
            .append(Html.escape(rule.title()))
            .append("</span>");
      out.append("</h3>");
      if (rule != null) {
        out.append("<p>")
            .append(FindingCard.levelBadge(rule.severity().sarifLevel()))
            .append(" precision ")
            .append(rule.precision().sarifName())
            .append(" · engines ")
            .append(Html.escape(String.join(", ", new TreeSet<>(rule.engines()))))
            .append(" · <a href=\"")
            .append(Html.escape(RuleText.helpUri(id)))
            .append("\" rel=\"noopener noreferrer\">rule reference</a></p>");
      }
      out.append("<ul>");
      for (Finding f : e.getValue()) {
        out.append("<li><a href=\"#sc-f-")
            .append(index.get(f))
            .append("\"><code>")
            .append(Html.escape(FindingCard.position(f.location())))
            .append("</code></a>")
            .append(
                f.suppressed()
                    ? ("external".equals(f.suppression().kind()) ? " (baselined)" : " (suppressed)")
                    : "")
            .append("</li>");
      }
      out.append("</ul></section>\n");
    }
    List<Rule> ran = new ArrayList<>(rules.values());
    out.append("<details class=\"sc-all-rules\"><summary>All ")
        .append(count(ran.size(), "rule"))
        .append(
            " that ran</summary><div class=\"sc-table-wrap\"><table><caption>Rules that ran</caption><thead><tr>")
        .append(
            "<th scope=\"col\">Rule</th><th scope=\"col\">Level</th><th scope=\"col\">Precision</th>")
        .append("<th scope=\"col\" class=\"sc-num\">Findings</th></tr></thead><tbody>");
    for (Rule r : ran) {
      int n = byRule.getOrDefault(r.id(), List.of()).size();
      out.append("<tr><td class=\"sc-rule-cell\"><code>")
          .append(Html.escape(r.id()))
          .append("</code><small>")
          .append(Html.escape(r.title()))
          .append("</small></td><td>")
          .append(FindingCard.levelBadge(r.severity().sarifLevel()))
          .append("</td><td>")
          .append(r.precision().sarifName())
          .append("</td><td class=\"sc-num\">")
          .append(n)
          .append("</td></tr>");
    }
    out.append("</tbody></table></div></details>\n</section>\n");
  }

  private static void section(StringBuilder out, String id, String heading) {
    openSection(out, null, id).append(heading).append("</h2>\n");
  }

  /**
   * Writes {@code <section>} labelled by its heading and opens that {@code <h2>}; the caller writes
   * the heading and closes it.
   */
  private static StringBuilder openSection(StringBuilder out, String cssClass, String id) {
    out.append("<section");
    if (cssClass != null) out.append(" class=\"").append(cssClass).append('"');
    return out.append(" id=\"")
        .append(id)
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-h\"><h2 id=\"")
        .append(id)
        .append("-h\">");
  }

  private static Severity worst(List<Finding> findings) {
    Severity worst = Severity.NOTE;
    for (Finding f : findings) if (f.severity().ordinal() < worst.ordinal()) worst = f.severity();
    return worst;
  }

  private static String count(int n, String noun) {
    return n + " " + plural(n, noun);
  }

  private static String plural(int n, String noun) {
    return n == 1 ? noun : noun + "s";
  }
}
