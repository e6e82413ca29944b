package io.github.sockcheck.python.toml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small TOML 1.0 reader that keeps the position of every value and key, so that a dependency can be
 * reported at the exact line of {@code pyproject.toml}, {@code Pipfile}, {@code poetry.lock} or
 * {@code uv.lock} that declares it. It reads tables, arrays of tables, dotted and quoted keys, all four
 * string kinds, numbers, booleans, arrays and inline tables; dates and times are kept as text. It does
 * not enforce every redefinition rule of the spec: it is a reader of valid files, tolerant of the rest.
 */
public final class TomlReader {

  private final String s;
  private int pos;
  private int line = 1;
  private int lineStart;

  private TomlReader(String text) {
    this.s = text;
  }

  /** The document as a table value (position 1:1). */
  public static TomlValue parse(String text) throws TomlException {
    return new TomlReader(text).document();
  }

  private TomlValue document() throws TomlException {
    Map<String, TomlValue> root = new LinkedHashMap<>();
    Map<String, TomlValue> current = root;
    while (true) {
      skipBlankLinesAndComments();
      if (pos >= s.length()) break;
      char c = s.charAt(pos);
      if (c == '[') {
        int hLine = line;
        int hCol = col();
        boolean arrayTable = s.startsWith("[[", pos);
        pos += arrayTable ? 2 : 1;
        List<String> keys = key();
        skipSpaces();
        if (!s.startsWith(arrayTable ? "]]" : "]", pos)) throw error("expected ']' to close the table header");
        pos += arrayTable ? 2 : 1;
        endOfLine();
        current = arrayTable ? appendArrayTable(root, keys, hLine, hCol) : openTable(root, keys, hLine, hCol);
      } else {
        keyValue(current);
        endOfLine();
      }
    }
    return new TomlValue(root, 1, 1, line, col(), 1, 1);
  }

  private Map<String, TomlValue> openTable(Map<String, TomlValue> root, List<String> keys, int hLine, int hCol)
      throws TomlException {
    Map<String, TomlValue> t = root;
    for (String key : keys) {
      TomlValue v = t.get(key);
      if (v == null) {
        v = new TomlValue(new LinkedHashMap<String, TomlValue>(), hLine, hCol, hLine, hCol, hLine, hCol);
        t.put(key, v);
      }
      if (v.table() != null) t = v.table();
      else if (v.array() != null && !v.array().isEmpty() && v.array().get(v.array().size() - 1).table() != null) {
        t = v.array().get(v.array().size() - 1).table();
      } else throw error("key '" + key + "' is not a table");
    }
    return t;
  }

  private Map<String, TomlValue> appendArrayTable(Map<String, TomlValue> root, List<String> keys, int hLine, int hCol)
      throws TomlException {
    Map<String, TomlValue> parent = openTable(root, keys.subList(0, keys.size() - 1), hLine, hCol);
    String last = keys.get(keys.size() - 1);
    TomlValue arr = parent.get(last);
    if (arr == null) {
      arr = new TomlValue(new ArrayList<TomlValue>(), hLine, hCol, hLine, hCol, hLine, hCol);
      parent.put(last, arr);
    }
    if (arr.array() == null) throw error("key '" + last + "' is not an array of tables");
    Map<String, TomlValue> table = new LinkedHashMap<>();
    arr.array().add(new TomlValue(table, hLine, hCol, hLine, hCol, hLine, hCol));
    return table;
  }

  private void keyValue(Map<String, TomlValue> table) throws TomlException {
    int kLine = line;
    int kCol = col();
    List<String> keys = key();
    skipSpaces();
    if (pos >= s.length() || s.charAt(pos) != '=') throw error("expected '=' after key '" + String.join(".", keys) + "'");
    pos++;
    skipSpaces();
    TomlValue value = value().withKey(kLine, kCol);
    Map<String, TomlValue> t = table;
    for (int i = 0; i < keys.size() - 1; i++) {
      TomlValue sub = t.get(keys.get(i));
      if (sub == null) {
        sub = new TomlValue(new LinkedHashMap<String, TomlValue>(), kLine, kCol, kLine, kCol, kLine, kCol);
        t.put(keys.get(i), sub);
      }
      if (sub.table() == null) throw error("key '" + keys.get(i) + "' is not a table");
      t = sub.table();
    }
    t.put(keys.get(keys.size() - 1), value);
  }

  private List<String> key() throws TomlException {
    List<String> keys = new ArrayList<>();
    while (true) {
      skipSpaces();
      if (pos >= s.length()) throw error("expected a key");
      char c = s.charAt(pos);
      if (c == '"') keys.add((String) basicString().value());
      else if (c == '\'') keys.add((String) literalString().value());
      else {
        int start = pos;
        while (pos < s.length() && isBareKeyChar(s.charAt(pos))) pos++;
        if (start == pos) throw error("expected a key");
        keys.add(s.substring(start, pos));
      }
      skipSpaces();
      if (pos < s.length() && s.charAt(pos) == '.') {
        pos++;
        continue;
      }
      return keys;
    }
  }

  private static boolean isBareKeyChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }

  private TomlValue value() throws TomlException {
    if (pos >= s.length()) throw error("expected a value");
    char c = s.charAt(pos);
    if (c == '"') return s.startsWith("\"\"\"", pos) ? multiLine("\"\"\"", true) : basicString();
    if (c == '\'') return s.startsWith("'''", pos) ? multiLine("'''", false) : literalString();
    if (c == '[') return array();
    if (c == '{') return inlineTable();
    return scalar();
  }

  private TomlValue basicString() throws TomlException {
    int sLine = line;
    int sCol = col();
    pos++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= s.length() || s.charAt(pos) == '\n') throw error("unterminated string");
      char c = s.charAt(pos);
      if (c == '"') {
        pos++;
        return new TomlValue(out.toString(), sLine, sCol, line, col(), sLine, sCol);
      }
      if (c == '\\') escape(out);
      else {
        out.append(c);
        pos++;
      }
    }
  }

  private void escape(StringBuilder out) throws TomlException {
    pos++;
    if (pos >= s.length()) throw error("unterminated escape");
    char e = s.charAt(pos++);
    switch (e) {
      case 'b' -> out.append('\b');
      case 't' -> out.append('\t');
      case 'n' -> out.append('\n');
      case 'f' -> out.append('\f');
      case 'r' -> out.append('\r');
      case 'e' -> out.append('\u001b');
      case '"' -> out.append('"');
      case '\\' -> out.append('\\');
      case 'u', 'U' -> {
        int len = e == 'u' ? 4 : 8;
        if (pos + len > s.length()) throw error("bad unicode escape");
        try {
          out.appendCodePoint(Integer.parseInt(s.substring(pos, pos + len), 16));
        } catch (IllegalArgumentException ex) {
          throw error("bad unicode escape");
        }
        pos += len;
      }
      default -> throw error("unknown escape '\\" + e + "'");
    }
  }

  private TomlValue literalString() throws TomlException {
    int sLine = line;
    int sCol = col();
    int end = s.indexOf('\'', pos + 1);
    int nl = s.indexOf('\n', pos + 1);
    if (end < 0 || (nl >= 0 && nl < end)) throw error("unterminated string");
    String text = s.substring(pos + 1, end);
    pos = end + 1;
    return new TomlValue(text, sLine, sCol, line, col(), sLine, sCol);
  }

  /**
   * A multi-line string ({@code """…"""} or {@code '''…'''}); only the basic kind ({@code escapes})
   * knows backslash escapes and line-ending backslashes.
   */
  private TomlValue multiLine(String delimiter, boolean escapes) throws TomlException {
    int sLine = line;
    int sCol = col();
    pos += 3;
    skipFirstNewline();
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= s.length()) throw error("unterminated multi-line string");
      if (s.startsWith(delimiter, pos)) {
        // Up to two quotes may end the content right before the closing delimiter.
        int extra = 0;
        while (extra < 2 && s.startsWith(delimiter, pos + extra + 1)) extra++;
        out.append(delimiter.substring(0, 1).repeat(extra));
        pos += 3 + extra;
        return new TomlValue(out.toString(), sLine, sCol, line, col(), sLine, sCol);
      }
      char c = s.charAt(pos);
      if (escapes && c == '\\') {
        int p = pos + 1;
        while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t' || s.charAt(p) == '\r')) p++;
        if (p < s.length() && s.charAt(p) == '\n') { // line-ending backslash: trim following whitespace
          pos = p;
          while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) advance();
          continue;
        }
        escape(out);
      } else {
        out.append(c);
        advance();
      }
    }
  }

  private void skipFirstNewline() {
    if (s.startsWith("\r\n", pos)) pos++;
    if (pos < s.length() && s.charAt(pos) == '\n') advance();
  }

  private TomlValue array() throws TomlException {
    int sLine = line;
    int sCol = col();
    pos++;
    List<TomlValue> items = new ArrayList<>();
    while (true) {
      skipWhitespaceNewlinesComments();
      if (pos >= s.length()) throw error("unterminated array");
      if (s.charAt(pos) == ']') {
        pos++;
        return new TomlValue(items, sLine, sCol, line, col(), sLine, sCol);
      }
      items.add(value());
      skipWhitespaceNewlinesComments();
      if (pos < s.length() && s.charAt(pos) == ',') {
        pos++;
      } else if (pos >= s.length() || s.charAt(pos) != ']') {
        throw error("expected ',' or ']' in array");
      }
    }
  }

  private TomlValue inlineTable() throws TomlException {
    int sLine = line;
    int sCol = col();
    pos++;
    Map<String, TomlValue> table = new LinkedHashMap<>();
    skipWhitespaceNewlinesComments();
    if (pos < s.length() && s.charAt(pos) == '}') {
      pos++;
      return new TomlValue(table, sLine, sCol, line, col(), sLine, sCol);
    }
    while (true) {
      skipWhitespaceNewlinesComments();
      keyValue(table);
      skipWhitespaceNewlinesComments();
      if (pos >= s.length()) throw error("unterminated inline table");
      char c = s.charAt(pos++);
      if (c == '}') return new TomlValue(table, sLine, sCol, line, col(), sLine, sCol);
      if (c != ',') throw error("expected ',' or '}' in inline table");
      skipWhitespaceNewlinesComments();
      if (pos < s.length() && s.charAt(pos) == '}') { // tolerate a trailing comma (TOML 1.1)
        pos++;
        return new TomlValue(table, sLine, sCol, line, col(), sLine, sCol);
      }
    }
  }

  private TomlValue scalar() throws TomlException {
    int sLine = line;
    int sCol = col();
    int start = pos;
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == ',' || c == ']' || c == '}' || c == '#' || c == '\n' || c == '\r') break;
      if (c == ' ' || c == '\t') { // dates may contain one space between date and time
        if (pos + 1 < s.length() && Character.isDigit(s.charAt(pos + 1)) && looksLikeDate(s.substring(start, pos))) {
          pos++;
          continue;
        }
        break;
      }
      pos++;
    }
    String raw = s.substring(start, pos);
    if (raw.isEmpty()) throw error("expected a value");
    Object v;
    switch (raw) {
      case "true" -> v = Boolean.TRUE;
      case "false" -> v = Boolean.FALSE;
      case "inf", "+inf" -> v = Double.POSITIVE_INFINITY;
      case "-inf" -> v = Double.NEGATIVE_INFINITY;
      case "nan", "+nan", "-nan" -> v = Double.NaN;
      default -> v = number(raw);
    }
    return new TomlValue(v, sLine, sCol, line, col(), sLine, sCol);
  }

  private static boolean looksLikeDate(String text) {
    return text.matches("\\d{4}-\\d{2}-\\d{2}");
  }

  private Object number(String raw) throws TomlException {
    String t = raw.replace("_", "");
    try {
      if (t.startsWith("0x")) return Long.parseLong(t.substring(2), 16);
      if (t.startsWith("0o")) return Long.parseLong(t.substring(2), 8);
      if (t.startsWith("0b")) return Long.parseLong(t.substring(2), 2);
      if (t.matches("[+-]?\\d+")) return Long.parseLong(t);
      if (t.matches("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw error("bad number '" + raw + "'");
    }
    if (raw.matches("[0-9][0-9:T.Zz+\\- ]*")) return raw; // date, time or date-time, kept as text
    throw error("unexpected value '" + raw + "'");
  }

  private void skipSpaces() {
    while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) pos++;
  }

  private void skipComment() {
    if (pos < s.length() && s.charAt(pos) == '#') {
      while (pos < s.length() && s.charAt(pos) != '\n') pos++;
    }
  }

  private void skipBlankLinesAndComments() {
    skipWhitespaceNewlinesComments();
  }

  private void skipWhitespaceNewlinesComments() {
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r') pos++;
      else if (c == '\n') advance();
      else if (c == '#') skipComment();
      else break;
    }
  }

  private void endOfLine() throws TomlException {
    skipSpaces();
    skipComment();
    if (pos < s.length() && s.charAt(pos) == '\r') pos++;
    if (pos < s.length() && s.charAt(pos) != '\n') throw error("unexpected text after a value: '" + restOfLine() + "'");
  }

  private String restOfLine() {
    int end = s.indexOf('\n', pos);
    return s.substring(pos, end < 0 ? s.length() : end).strip();
  }

  private void advance() {
    if (s.charAt(pos) == '\n') {
      line++;
      lineStart = pos + 1;
    }
    pos++;
  }

  private int col() {
    return pos - lineStart + 1;
  }

  private TomlException error(String message) {
    return new TomlException(line, message);
  }
}
