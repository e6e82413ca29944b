package io.github.sockcheck.core.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {

  @TempDir Path root;

  @Test
  void everyFindingNotSuppressedInSourceHasACardWithRuleFileAndLine() throws IOException {
    Report report = HtmlSamples.ordinary(root);
    String html = HtmlReportWriter.withoutSuppressed().toHtml(report);

    for (Finding f : report.findings()) {
      boolean expected = !f.suppressed() || "external".equals(f.suppression().kind());
      String card =
          "data-rule=\""
              + f.ruleId()
              + "\" data-file=\""
              + f.location().path()
              + "\" data-line=\""
              + f.location().startLine()
              + "\"";
      assertEquals(expected, html.contains(card), card);
      assertEquals(expected, html.contains(f.message()), f.message());
    }
    assertEquals(4, count(html, "<article class=\"sc-finding"));
    assertTrue(html.contains("id=\"sc-baselined\""), "baselined findings have their own section");
    assertFalse(
        html.contains("id=\"sc-suppressed\""), "suppressed in source: left out unless asked for");
    assertTrue(
        html.contains(
            "<span class=\"sc-count-n\">1</span> <span class=\"sc-count-label\">suppressed (not listed)"));
  }

  @Test
  void includingSuppressedListsThemApartWithTheirReason() throws IOException {
    String html = HtmlReportWriter.includingSuppressed().toHtml(HtmlSamples.ordinary(root));

    int suppressedSection = html.indexOf("id=\"sc-suppressed\"");
    assertTrue(suppressedSection > html.indexOf("id=\"sc-baselined\""));
    assertTrue(html.indexOf("Second call, suppressed in source.") > suppressedSection);
    assertTrue(html.contains("tested on kernel 6.1 only"));
    assertEquals(5, count(html, "<article class=\"sc-finding"));
  }

  @Test
  void showsSnippetTrailHelpFixEvidenceAndNotifications() throws IOException {
    String html = HtmlReportWriter.withoutSuppressed().toHtml(HtmlSamples.ordinary(root));

    // The snippet: lines 3..7 around line 5, the reported columns marked.
    assertTrue(
        html.contains(
            "<span class=\"sc-line sc-hit\"><span class=\"sc-ln\" aria-hidden=\"true\">5</span>"
                + "    Channel c = <mark>new EpollDatagramChannel(fd)</mark>;\n</span>"),
        html);
    assertTrue(
        html.contains(
            "<span class=\"sc-ln\" aria-hidden=\"true\">3</span>class Server {\n</span>"));
    assertFalse(html.contains("aria-hidden=\"true\">8</span>"), "two lines of context, not more");
    assertTrue(
        html.contains(
            "<code class=\"sc-loc\">app/<wbr>src/<wbr>main/<wbr>java/<wbr>com/<wbr>example/<wbr>Server.java:5:17</code>"));
    assertTrue(html.contains("The source of this file is not available here."));
    // The version combination, step by step.
    assertTrue(
        html.contains(
            "<ol><li><code>com.example:app:1.0</code></li><li><code>io.vertx:vertx-core:5.0.0</code></li>"
                + "<li><code>io.netty:netty-all:4.2.9.Final</code></li></ol>"));
    // The rule's help (Markdown), fix and evidence.
    assertTrue(html.contains("<li>on <code>WSL1</code> it fails</li>"));
    assertTrue(html.contains("<strong>issue 1</strong>"));
    assertTrue(html.contains("<ol>\n<li>name it</li>\n<li>check it</li>\n</ol>"));
    assertTrue(
        html.contains(
            "<a href=\"https://example.org/issue/1\" rel=\"noopener noreferrer\">Errno 92 on WSL1</a>"));
    assertTrue(html.contains("Name the family"));
    assertTrue(html.contains("— <code>join</code> is called here"));
    // Notifications in their own section.
    int notifications = html.indexOf("id=\"sc-notifications\"");
    assertTrue(html.indexOf("Broken.java does not parse: &#39;;&#39; expected") > notifications);
  }

  @Test
  void theSamePageEveryTime() throws IOException {
    Report report = HtmlSamples.ordinary(root);
    assertEquals(
        HtmlReportWriter.includingSuppressed().toHtml(report),
        HtmlReportWriter.includingSuppressed().toHtml(report));
  }

  @Test
  void contentSecurityPolicyAllowsExactlyTheInlineScriptAndStyle() throws IOException {
    String html = HtmlReportWriter.withoutSuppressed().toHtml(HtmlSamples.ordinary(root));
    String script = between(html, "<script>", "</script>");
    String style = between(html, "<style>", "</style>");
    String csp = between(html, "http-equiv=\"Content-Security-Policy\" content=\"", "\"");
    assertTrue(csp.startsWith("default-src &#39;none&#39;;"), csp);
    assertTrue(csp.contains("script-src &#39;" + HtmlAssets.sha256(script) + "&#39;"), csp);
    assertTrue(csp.contains("style-src &#39;" + HtmlAssets.sha256(style) + "&#39;"), csp);
    assertFalse(html.contains("src=\"http"), "nothing is loaded from the network");
    assertFalse(html.contains("<link rel=\"stylesheet\""));
  }

  @Test
  void hostileTextIsEscapedEverywhere() throws IOException {
    Report report = HtmlSamples.hostile(root);
    for (String html :
        new String[] {
          HtmlReportWriter.includingSuppressed().toHtml(report),
          HtmlReportWriter.includingSuppressed().toFragment(report)
        }) {
      // Our own script is the only script; no injected element or attribute survives as markup.
      assertEquals(1, count(html, "<script"), "only the report's own script");
      assertEquals(0, count(html.toLowerCase(java.util.Locale.ROOT), "<img"));
      assertFalse(html.contains("</textarea>"));
      assertEquals(1, count(html, "</style>"), "only the report's own stylesheet");
      assertFalse(html.contains("<pwned"));
      Matcher tag = Pattern.compile("<[a-zA-Z][^>]*>").matcher(html);
      while (tag.find()) {
        String attributes = tag.group().replaceAll("\"[^\"]*\"", "\"\"");
        assertFalse(
            Pattern.compile("\\son[a-z]+\\s*=").matcher(attributes).find(),
            "event handler in " + tag.group());
      }
      assertFalse(html.contains("href=\"javascript:"), "no script links");
      assertFalse(html.contains("$relativePath"), "the site renderer must not rewrite report text");
      // The text is still all there, as text.
      assertTrue(
          html.contains(
              "Message &quot;&#39;&gt;&lt;/textarea&gt;&lt;/title&gt;&lt;/style&gt;&lt;script&gt;"));
      assertTrue(
          html.contains(
              "&lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt;&#36;relativePath"));
      // Characters HTML cannot carry are replaced, so the page parses the same everywhere.
      assertFalse(
          html.chars().anyMatch(c -> c == 0 || c == 7 || c == 0xFFFF),
          "no NUL, BEL or non-character");
      assertFalse(hasLoneSurrogate(html), "no lone surrogate");
      // Undecodable bytes in the source show as U+FFFD; the 360 000-character line is cut around
      // the column.
      assertTrue(html.contains("\uFFFD("), "invalid UTF-8 replaced");
      assertTrue(html.length() < 100_000, "long line cut: " + html.length());
      Matcher longLine =
          Pattern.compile(
                  "aria-hidden=\"true\">6</span><span class=\"sc-cut\">…</span>([^\\n]*?)<span class=\"sc-cut\">…</span>\n</span>")
              .matcher(html);
      assertTrue(longLine.find(), "the long line is shown cut on both sides");
    }
  }

  @Test
  void writesAtomicallyToAFile() throws IOException {
    Path out = root.resolve("out/report.html");
    HtmlReportWriter.withoutSuppressed()
        .titled("my project")
        .write(HtmlSamples.ordinary(root), out);
    String html = Files.readString(out);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<title>sockcheck report: my project</title>"));
    try (var files = Files.list(out.getParent())) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void anEmptyReportSaysSo() {
    Report empty =
        new Report(root, java.util.List.of(), java.util.List.of(), java.util.List.of(), "1", null);
    String html = HtmlReportWriter.withoutSuppressed().toHtml(empty);
    assertTrue(html.contains("No findings. sockcheck ran 0 rules and found nothing to report."));
    assertTrue(html.contains("The scan read every file it was given."));
    assertFalse(html.contains("<form"), "nothing to filter");
  }

  static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) n++;
    return n;
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start) + start.length();
    return text.substring(from, text.indexOf(end, from));
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) i++;
      else if (Character.isSurrogate(c)) return true;
    }
    return false;
  }
}
