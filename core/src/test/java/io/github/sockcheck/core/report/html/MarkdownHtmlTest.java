package io.github.sockcheck.core.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownHtmlTest {

  @Test
  void paragraphsListsAndFences() {
    assertEquals(
        "<p>One line joined with the next.</p>\n<ul>\n<li>first item continued</li>\n<li>second</li>\n</ul>\n"
            + "<ol>\n<li>one</li>\n<li>two</li>\n</ol>\n<pre class=\"sc-code\"><code>a &lt; b</code></pre>\n",
        MarkdownHtml.render(
            "One line\njoined with the next.\n\n- first item\n  continued\n- second\n\n1. one\n2. two\n\n```java\na < b\n```\n"));
  }

  @Test
  void inlineCodeBoldAndOnlyWebLinks() {
    assertEquals(
        "<code>a&lt;b&gt;</code> <strong>bold</strong> "
            + "<a href=\"https://x.org/a?b=1&amp;c\" rel=\"noopener noreferrer\">link</a> script)",
        MarkdownHtml.inline(
            "`a<b>` **bold** [link](https://x.org/a?b=1&c) [script](javascript:alert(1))"));
    assertEquals(
        "see <a href=\"https://github.com/netty/netty/issues/1\" rel=\"noopener noreferrer\">"
            + "https://github.com/netty/netty/issues/1</a>.",
        MarkdownHtml.inline("see https://github.com/netty/netty/issues/1."));
  }

  @Test
  void rawHtmlIsText() {
    assertEquals(
        "<p>&lt;b onclick=&quot;x()&quot;&gt;hi&lt;/b&gt;</p>\n",
        MarkdownHtml.render("<b onclick=\"x()\">hi</b>"));
  }

  @Test
  void messagesGetCodeSpansOnly() {
    assertEquals(
        "<code>join</code> is called here **not bold** &lt;x&gt;",
        MarkdownHtml.codeSpans("`join` is called here **not bold** <x>"));
    assertEquals("an unmatched ` tick", MarkdownHtml.codeSpans("an unmatched ` tick"));
  }
}
