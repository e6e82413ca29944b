package io.github.sockcheck.python.source;

import io.github.sockcheck.python.text.TextFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A Python tokenizer sufficient for finding calls: names, numbers, strings with every prefix
 * ({@code r b u f t} and their combinations, any case), single, double and triple quotes, f-string
 * replacement fields (including nested strings with the same quote, as Python 3.12 allows),
 * comments, explicit {@code \} continuations and implicit continuation inside brackets. NEWLINE
 * tokens mark the end of logical lines. It never throws: unterminated strings end at the end of
 * their line (or file) and are listed in {@link #problems()}. Like CPython, which reads source with
 * universal newlines, it ends a line at LF, CRLF and a lone CR.
 *
 * <p>Hand-written on purpose: Java parsers of Python take the whole language and stop at errors;
 * tokens suffice.
 */
public final class PyTokenizer {

  private static final Set<String> STRING_PREFIXES =
      Set.of("r", "u", "b", "f", "t", "br", "rb", "fr", "rf", "tr", "rt");
  private static final String[] OPS3 = {"**=", "//=", ">>=", "<<=", "..."};
  private static final String[] OPS2 = {
    "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", ":=", "+=", "-=", "*=", "/=", "%=", "&=",
    "|=", "^=", "@="
  };

  private final String s;
  private final int n;
  private int pos;
  private int line = 1;
  private int lineStart;
  private int depth;
  private final List<PyToken> tokens = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  private PyTokenizer(String text) {
    this.s = TextFiles.loneCarriageReturnsAsNewlines(text);
    this.n = text.length();
  }

  public static PyTokenizer tokenize(String text) {
    PyTokenizer t = new PyTokenizer(text);
    t.run();
    return t;
  }

  public List<PyToken> tokens() {
    return tokens;
  }

  /** "line N: unterminated string" and the like; the tokens are still usable. */
  public List<String> problems() {
    return problems;
  }

  /** The line number a {@link #problems()} entry is about. */
  public static int problemLine(String problem) {
    try {
      return Integer.parseInt(problem.replaceAll("^line (\\d+):.*$", "$1"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private void run() {
    while (pos < n) {
      char c = s.charAt(pos);
      if (c == '\n') {
        if (depth == 0) newline();
        advance();
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
        pos++;
      } else if (c == '#') {
        while (pos < n && s.charAt(pos) != '\n') pos++;
      } else if (c == '\\' && (s.startsWith("\n", pos + 1) || s.startsWith("\r\n", pos + 1))) {
        pos++;
        if (s.charAt(pos) == '\r') pos++;
        advance(); // explicit continuation: no NEWLINE
      } else if (Character.isJavaIdentifierStart(c) && c != '$') {
        name();
      } else if (Character.isDigit(c)
          || (c == '.' && pos + 1 < n && Character.isDigit(s.charAt(pos + 1)))) {
        number();
      } else if (c == '"' || c == '\'') {
        string(pos, "");
      } else {
        op();
      }
    }
    newline();
  }

  private void newline() {
    if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).type() != PyToken.Type.NEWLINE) {
      tokens.add(
          new PyToken(PyToken.Type.NEWLINE, "", "", pos, pos, line, col(pos), line, col(pos)));
    }
  }

  private void name() {
    int start = pos;
    while (pos < n && (Character.isJavaIdentifierPart(s.charAt(pos)) && s.charAt(pos) != '$'))
      pos++;
    String word = s.substring(start, pos);
    if (pos < n
        && (s.charAt(pos) == '"' || s.charAt(pos) == '\'')
        && STRING_PREFIXES.contains(word.toLowerCase(Locale.ROOT))) {
      string(start, word.toLowerCase(Locale.ROOT));
      return;
    }
    add(PyToken.Type.NAME, start, word, word, line, start);
  }

  private void number() {
    int start = pos;
    if (s.charAt(pos) == '0' && pos + 1 < n && "xXoObB".indexOf(s.charAt(pos + 1)) >= 0) {
      pos += 2;
      while (pos < n && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) pos++;
    } else {
      while (pos < n) {
        char c = s.charAt(pos);
        if (Character.isDigit(c) || c == '_' || c == '.') pos++;
        else if ((c == 'e' || c == 'E')
            && pos + 1 < n
            && (Character.isDigit(s.charAt(pos + 1))
                || ((s.charAt(pos + 1) == '+' || s.charAt(pos + 1) == '-')
                    && pos + 2 < n
                    && Character.isDigit(s.charAt(pos + 2))))) pos += 2;
        else break;
      }
      if (pos < n && (s.charAt(pos) == 'j' || s.charAt(pos) == 'J')) pos++;
    }
    String text = s.substring(start, pos);
    add(PyToken.Type.NUMBER, start, text, text, line, start);
  }

  private void op() {
    int start = pos;
    String text = null;
    for (String op : OPS3)
      if (s.startsWith(op, pos)) {
        text = op;
        break;
      }
    if (text == null)
      for (String op : OPS2)
        if (s.startsWith(op, pos)) {
          text = op;
          break;
        }
    if (text == null) text = String.valueOf(s.charAt(pos));
    pos += text.length();
    switch (text) {
      case "(", "[", "{" -> depth++;
      case ")", "]", "}" -> depth = Math.max(0, depth - 1);
      default -> {}
    }
    add(PyToken.Type.OP, start, text, text, line, start);
  }

  /** A string starting at {@code start} (its prefix) whose opening quote is at {@code pos}. */
  private void string(int start, String prefix) {
    int startLine = line;
    int startLineStart = lineStart;
    String value = scanString(prefix);
    int column = start - startLineStart + 1;
    tokens.add(
        new PyToken(
            PyToken.Type.STRING,
            s.substring(start, pos),
            value,
            start,
            pos,
            startLine,
            column,
            line,
            col(pos)));
  }

  /**
   * Scans from the opening quote at {@code pos}; returns the decoded value (null for f/t-strings).
   */
  private String scanString(String prefix) {
    char q = s.charAt(pos);
    boolean triple = s.startsWith(String.valueOf(q).repeat(3), pos);
    boolean raw = prefix.contains("r");
    boolean formatted = prefix.contains("f") || prefix.contains("t");
    int openLine = line;
    pos += triple ? 3 : 1;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= n) {
        problems.add("line " + openLine + ": unterminated string");
        return formatted ? null : out.toString();
      }
      char c = s.charAt(pos);
      if (c == '\\' && pos + 1 < n) {
        char e = s.charAt(pos + 1);
        if (raw) {
          out.append(c).append(e);
          pos++;
          advance();
        } else {
          escape(out, e);
        }
      } else if (c == '\n' && !triple) {
        problems.add("line " + openLine + ": unterminated string");
        return formatted ? null : out.toString();
      } else if (c == q && (!triple || s.startsWith(String.valueOf(q).repeat(3), pos))) {
        pos += triple ? 3 : 1;
        return formatted ? null : out.toString();
      } else if (formatted && c == '{') {
        if (s.startsWith("{{", pos)) {
          out.append('{');
          pos += 2;
        } else {
          replacementField();
        }
      } else {
        out.append(c);
        advance();
      }
    }
  }

  private void escape(StringBuilder out, char e) {
    pos += 2;
    switch (e) {
      case '\n' -> {
        line++;
        lineStart = pos;
      } // continuation inside a string
      case 'n' -> out.append('\n');
      case 't' -> out.append('\t');
      case 'r' -> out.append('\r');
      case '0' -> out.append('\0');
      case '\\', '\'', '"' -> out.append(e);
      default -> out.append('\\').append(e);
    }
  }

  /** Skips an f-string {@code {expression!r:spec}}, with nested brackets and strings. */
  private void replacementField() {
    int nesting = 0;
    while (pos < n) {
      char c = s.charAt(pos);
      if (c == '{' || c == '[' || c == '(') {
        nesting++;
        pos++;
      } else if (c == '}' || c == ']' || c == ')') {
        nesting--;
        pos++;
        if (nesting == 0) return;
      } else if (c == '"' || c == '\'') {
        int p = pos;
        while (p > 0 && Character.isLetter(s.charAt(p - 1))) p--;
        String prefix = s.substring(p, pos).toLowerCase(Locale.ROOT);
        scanString(STRING_PREFIXES.contains(prefix) ? prefix : "");
      } else if (c == '#') {
        while (pos < n && s.charAt(pos) != '\n') pos++;
      } else {
        advance();
      }
    }
  }

  private void add(
      PyToken.Type type, int start, String text, String value, int tokenLine, int tokenStart) {
    tokens.add(
        new PyToken(type, text, value, start, pos, tokenLine, col(tokenStart), line, col(pos)));
  }

  private void advance() {
    if (s.charAt(pos) == '\n') {
      line++;
      lineStart = pos + 1;
    }
    pos++;
  }

  private int col(int offset) {
    return offset - lineStart + 1;
  }
}
