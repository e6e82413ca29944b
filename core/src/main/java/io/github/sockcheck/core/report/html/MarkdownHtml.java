package io.github.sockcheck.core.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown that rule texts use (paragraphs, {@code -}/{@code *} and numbered lists, code
 * fences, {@code `code`}, {@code **bold**}, {@code [links](https://…)} and bare https links) as
 * HTML. Everything else is text: raw HTML in a rule file is escaped, and only http(s) links become
 * links.
 */
final class MarkdownHtml {

  private static final Pattern BULLET = Pattern.compile("^\\s{0,3}[-*+]\\s+(.*)$");
  private static final Pattern NUMBERED = Pattern.compile("^\\s{0,3}\\d{1,9}[.)]\\s+(.*)$");
  private static final Pattern FENCE =
      Pattern.compile("^\\s{0,3}(`{3,}|~{3,})\\s*([A-Za-z0-9_+-]*)\\s*$");
  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern LINK =
      Pattern.compile("\\[([^\\]\\n]{1,500})\\]\\(([^)\\s]{1,2000})\\)");
  private static final Pattern BARE_URL =
      Pattern.compile("https?://[^\\s<>()\"'`]+[^\\s<>()\"'`.,;:!?]");

  private MarkdownHtml() {}

  /** Block-level HTML for {@code markdown}; empty for null or blank text. */
  static String render(String markdown) {
    if (markdown == null || markdown.isBlank()) return "";
    StringBuilder out = new StringBuilder();
    List<String> lines =
        List.of(markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    List<String> paragraph = new ArrayList<>();
    String listTag = null;
    StringBuilder item = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher fence = FENCE.matcher(line);
      if (fence.matches()) {
        flushParagraph(out, paragraph);
        listTag = closeList(out, listTag, item);
        item = null;
        String closing = fence.group(1);
        StringBuilder code = new StringBuilder();
        for (i++; i < lines.size() && !lines.get(i).strip().startsWith(closing); i++) {
          code.append(lines.get(i)).append('\n');
        }
        out.append("<pre class=\"sc-code\"><code>");
        Html.appendEscaped(out, code.toString().stripTrailing());
        out.append("</code></pre>\n");
        continue;
      }
      if (line.isBlank()) {
        flushParagraph(out, paragraph);
        listTag = closeList(out, listTag, item);
        item = null;
        continue;
      }
      Matcher bullet = BULLET.matcher(line);
      Matcher numbered = NUMBERED.matcher(line);
      String tag = bullet.matches() ? "ul" : numbered.matches() ? "ol" : null;
      if (tag != null) {
        flushParagraph(out, paragraph);
        if (!tag.equals(listTag)) {
          closeList(out, listTag, item);
          out.append('<').append(tag).append(">\n");
          listTag = tag;
        } else if (item != null) {
          appendItem(out, item);
        }
        item = new StringBuilder(tag.equals("ul") ? bullet.group(1) : numbered.group(1));
        continue;
      }
      if (item != null && Character.isWhitespace(line.charAt(0))) {
        item.append(' ').append(line.strip());
        continue;
      }
      if (listTag != null) {
        listTag = closeList(out, listTag, item);
        item = null;
      }
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        flushParagraph(out, paragraph);
        out.append("<p class=\"sc-md-heading\"><strong>")
            .append(inline(heading.group(1)))
            .append("</strong></p>\n");
        continue;
      }
      paragraph.add(line.strip());
    }
    flushParagraph(out, paragraph);
    closeList(out, listTag, item);
    return out.toString();
  }

  private static void flushParagraph(StringBuilder out, List<String> paragraph) {
    if (paragraph.isEmpty()) return;
    out.append("<p>").append(inline(String.join(" ", paragraph))).append("</p>\n");
    paragraph.clear();
  }

  private static String closeList(StringBuilder out, String listTag, StringBuilder item) {
    if (listTag == null) return null;
    if (item != null) appendItem(out, item);
    out.append("</").append(listTag).append(">\n");
    return null;
  }

  private static void appendItem(StringBuilder out, StringBuilder item) {
    out.append("<li>").append(inline(item.toString())).append("</li>\n");
  }

  /**
   * Plain text in which only {@code `code`} spans are marked up, for finding messages: they are
   * plain text in SARIF, but rule messages quote code in backticks.
   */
  static String codeSpans(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('`', i);
      int close = open < 0 ? -1 : text.indexOf('`', open + 1);
      if (close < 0 || close == open + 1) {
        Html.appendEscaped(out, text.substring(i));
        break;
      }
      Html.appendEscaped(out, text.substring(i, open));
      out.append("<code>");
      Html.appendEscaped(out, text.substring(open + 1, close));
      out.append("</code>");
      i = close + 1;
    }
    return out.toString();
  }

  /** Inline Markdown: code spans, bold, links; everything else escaped. */
  static String inline(String text) {
    StringBuilder out = new StringBuilder(text.length() + 32);
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '`') {
        int run = 1;
        while (i + run < n && text.charAt(i + run) == '`') run++;
        String ticks = "`".repeat(run);
        int close = text.indexOf(ticks, i + run);
        if (close > 0) {
          out.append("<code>");
          Html.appendEscaped(out, text.substring(i + run, close).strip());
          out.append("</code>");
          i = close + run;
          continue;
        }
        Html.appendEscaped(out, ticks);
        i += run;
        continue;
      }
      if (c == '*' && text.startsWith("**", i)) {
        int close = text.indexOf("**", i + 2);
        if (close > i + 2) {
          out.append("<strong>").append(inline(text.substring(i + 2, close))).append("</strong>");
          i = close + 2;
          continue;
        }
      }
      if (c == '[') {
        Matcher link = LINK.matcher(text).region(i, n);
        if (link.lookingAt()) {
          String href = Html.safeUrl(link.group(2));
          if (href != null) {
            out.append("<a href=\"")
                .append(Html.escape(href))
                .append("\" rel=\"noopener noreferrer\">")
                .append(inline(link.group(1)))
                .append("</a>");
          } else {
            out.append(inline(link.group(1)));
          }
          i = link.end();
          continue;
        }
      }
      if (c == 'h' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        Matcher url = BARE_URL.matcher(text).region(i, n);
        if (url.lookingAt()) {
          String href = Html.safeUrl(url.group());
          if (href != null) {
            out.append("<a href=\"")
                .append(Html.escape(href))
                .append("\" rel=\"noopener noreferrer\">");
            Html.appendEscaped(out, url.group());
            out.append("</a>");
            i = url.end();
            continue;
          }
        }
      }
      int next = i + 1;
      if (Character.isHighSurrogate(c) && next < n) next++;
      Html.appendEscaped(out, text.substring(i, next));
      i = next;
    }
    return out.toString();
  }
}
