package io.github.sockcheck.python.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.sockcheck.python.source.PyToken;
import io.github.sockcheck.python.source.PyTokenizer;
import io.github.sockcheck.python.text.TextFiles;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The Python tokenizer on generated text (Python-ish fragments, including broken strings,
 * f-strings, continuations and unbalanced brackets): it never throws; tokens are in order, inside
 * the text, carry their own text and correct line/column; what lies between tokens is only
 * whitespace, comments and line continuations; and no NEWLINE ends a logical line inside open
 * brackets.
 */
class PyTokenizerPropertiesTest {

  private static final String[] FRAGMENTS = {
    "socket",
    ".",
    "socket",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    "=",
    "fileno",
    "proto",
    "-1",
    "0x1F",
    "1_000",
    "3.14",
    "1e-5",
    "2j",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\\\n",
    "\\",
    "#",
    "# comment",
    "'",
    "\"",
    "'''",
    "\"\"\"",
    "r'",
    "b\"",
    "f'",
    "F\"",
    "rb'",
    "fr\"",
    "t'",
    "u'",
    "{x}",
    "{{",
    "}}",
    "{a['k']}",
    "{f\"{y}\"}",
    "\\'",
    "\\\"",
    "\\n",
    "import",
    "from",
    "def",
    "lambda",
    ":",
    "**=",
    "//",
    "->",
    ":=",
    "...",
    "@",
    "$",
    "?",
    "é",
    "名前",
    "\uD83D\uDE00",
    "\u0000",
    "\uFEFF",
    "\f"
  };

  @Property(tries = 500)
  void tokensAreOrderedInBoundsAndCarryTheirText(@ForAll("python") String text) {
    List<PyToken> tokens = PyTokenizer.tokenize(text).tokens();
    int previousEnd = 0;
    for (PyToken t : tokens) {
      assertTrue(
          previousEnd <= t.start() && t.start() <= t.end() && t.end() <= text.length(),
          t + " in " + quote(text));
      if (t.type() != PyToken.Type.NEWLINE) {
        // the text as CPython reads it: a lone CR is a line end (universal newlines)
        assertEquals(
            TextFiles.loneCarriageReturnsAsNewlines(text).substring(t.start(), t.end()),
            t.text(),
            quote(text));
      }
      assertEquals(lineOf(text, t.start()), t.line(), "line of " + t + " in " + quote(text));
      assertEquals(columnOf(text, t.start()), t.column(), "column of " + t + " in " + quote(text));
      assertEquals(lineOf(text, t.end()), t.endLine(), "end line of " + t + " in " + quote(text));
      assertEquals(
          columnOf(text, t.end()), t.endColumn(), "end column of " + t + " in " + quote(text));
      previousEnd = t.end();
    }
  }

  @Property(tries = 500)
  void onlyWhitespaceCommentsAndContinuationsLieBetweenTokens(@ForAll("python") String text) {
    List<PyToken> tokens = PyTokenizer.tokenize(text).tokens();
    int from = 0;
    for (PyToken t : tokens) {
      assertGap(text, from, t.start());
      from = Math.max(from, t.end());
    }
    assertGap(text, from, text.length());
  }

  @Property(tries = 500)
  void newlinesEndLogicalLinesOnlyOutsideBrackets(@ForAll("python") String text) {
    List<PyToken> tokens = PyTokenizer.tokenize(text).tokens();
    int depth = 0;
    for (int i = 0; i < tokens.size(); i++) {
      PyToken t = tokens.get(i);
      if (t.type() == PyToken.Type.OP) {
        switch (t.text()) {
          case "(", "[", "{" -> depth++;
          case ")", "]", "}" -> depth = Math.max(0, depth - 1);
          default -> {}
        }
      }
      if (t.type() == PyToken.Type.NEWLINE) {
        assertNotEquals(0, i, "a NEWLINE before any token");
        assertNotEquals(PyToken.Type.NEWLINE, tokens.get(i - 1).type(), "two NEWLINEs in a row");
        boolean last = i == tokens.size() - 1;
        assertTrue(
            depth == 0 || last, "a NEWLINE inside open brackets at " + t + " in " + quote(text));
      }
    }
    if (!tokens.isEmpty()) assertEquals(PyToken.Type.NEWLINE, tokens.get(tokens.size() - 1).type());
  }

  @Property(tries = 200)
  void aCallSpreadOverManyLinesIsOneLogicalLine(@ForAll("names") List<String> args) {
    String text = "socket.socket(\n    " + String.join(",\n    ", args) + "\n)\nnext_line()\n";
    List<PyToken> tokens = PyTokenizer.tokenize(text).tokens();
    long newlines = tokens.stream().filter(t -> t.type() == PyToken.Type.NEWLINE).count();
    assertEquals(2, newlines, quote(text));
  }

  @Provide
  Arbitrary<String> python() {
    return Arbitraries.oneOf(
        Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(parts -> String.join("", parts)),
        Arbitraries.strings().withChars("()[]{}'\"\\#\n\r fx=.,:{}").ofMaxLength(60),
        Arbitraries.strings().ofMaxLength(40));
  }

  @Provide
  Arbitrary<List<String>> names() {
    return Arbitraries.of(
            "fd",
            "family=AF_INET",
            "proto=0",
            "fileno=3",
            "'a'",
            "f'{x}'",
            "(1, 2)",
            "[x for x in y]")
        .list()
        .ofMinSize(1)
        .ofMaxSize(8);
  }

  /**
   * Between tokens: whitespace, {@code #} comments to the end of the line, {@code \} line
   * continuations.
   */
  private static void assertGap(String text, int from, int to) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n') {
        i++;
      } else if (c == '#') {
        while (i < to && text.charAt(i) != '\n') i++;
      } else if (c == '\\' && (text.startsWith("\n", i + 1) || text.startsWith("\r", i + 1))) {
        i += 2; // a line continuation: backslash then LF, CRLF or a lone CR
      } else {
        fail("character " + (int) c + " at " + i + " is in no token: " + quote(text));
      }
    }
  }

  /** CPython's lines: LF, CRLF and a lone CR each end one. */
  private static boolean endsLine(String text, int i) {
    char c = text.charAt(i);
    return c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) if (endsLine(text, i)) line++;
    return line;
  }

  private static int columnOf(String text, int offset) {
    int lineStart = 0;
    for (int i = 0; i < offset; i++) if (endsLine(text, i)) lineStart = i + 1;
    return offset - lineStart + 1;
  }

  private static String quote(String text) {
    return "\""
        + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
        + "\"";
  }
}
