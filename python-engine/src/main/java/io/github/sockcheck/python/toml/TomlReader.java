package io.github.sockcheck.python.toml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Reads {@code pyproject.toml}, {@code Pipfile}, {@code poetry.lock} or {@code uv.lock} with tomlj
 * into {@link TomlValue}s that know where they were written, so that a dependency is reported at
 * its exact line and columns. tomlj decides what the document means and where each key and array
 * element starts; {@link TomlSpans} adds where each value starts and ends. Dates and times are kept
 * as written.
 */
public final class TomlReader {

  private final TomlSpans spans;

  private TomlReader(TomlSpans spans) {
    this.spans = spans;
  }

  /**
   * The document as a table value (position 1:1); the first syntax error, with its line, when it is
   * not TOML.
   */
  public static TomlValue parse(String text) throws TomlException {
    TomlParseResult result;
    try {
      result = Toml.parse(text);
    } catch (RuntimeException | AssertionError e) {
      // tomlj fails this way on a few malformed unicode escapes (a backslash-u with two hex digits)
      throw new TomlException(1, "not valid TOML (" + e + ")");
    }
    if (result.hasErrors()) {
      TomlParseError first = result.errors().get(0);
      throw new TomlException(first.position().line(), first.getMessage());
    }
    TomlSpans spans = TomlSpans.of(text);
    TomlSpans.Span all = spans.document();
    return new TomlValue(
        new TomlReader(spans).table(result, null, 0), 1, 1, all.endLine(), all.endColumn(), 1, 1);
  }

  /**
   * @param at where the table itself was named
   * @param depth how many implicit tables of one dotted key lead to it ({@code a.b.c = {}}: {@code
   *     c} is at depth 2, where the key/value line's own value is)
   */
  private Map<String, TomlValue> table(TomlTable table, TomlPosition at, int depth) {
    Map<String, TomlValue> out = new LinkedHashMap<>();
    for (String key : table.keySet()) {
      List<String> path = List.of(key);
      TomlPosition keyAt = table.inputPositionOf(path);
      out.put(key, entry(table.get(path), keyAt, keyAt.equals(at) ? depth + 1 : 0));
    }
    return out;
  }

  /**
   * A value assigned to a key: by a key/value line, a table header, or a dotted key's implicit
   * table.
   */
  private TomlValue entry(Object value, TomlPosition at, int depth) {
    int[] keyAt = spans.at(at.line(), at.column());
    TomlSpans.Span span = spans.keyValue(at.line(), at.column());
    boolean own = span != null && depth == span.segments() - 1;
    if (!own) { // [table], [[array of tables]] or the implicit table of a dotted key: where it is
      // named
      return new TomlValue(
          convert(value, null, at, depth),
          keyAt[0],
          keyAt[1],
          keyAt[0],
          keyAt[1],
          keyAt[0],
          keyAt[1]);
    }
    return new TomlValue(
        convert(value, span, at, depth),
        span.line(),
        span.column(),
        span.endLine(),
        span.endColumn(),
        keyAt[0],
        keyAt[1]);
  }

  private TomlValue element(TomlArray array, int index) {
    Object value = array.get(index);
    TomlPosition at = array.inputPositionOf(index);
    TomlSpans.Span span = spans.arrayValue(at.line(), at.column());
    if (span == null) { // a table of [[array of tables]]: where its header is
      int[] header = spans.at(at.line(), at.column());
      return new TomlValue(
          convert(value, null, at, 0),
          header[0],
          header[1],
          header[0],
          header[1],
          header[0],
          header[1]);
    }
    return new TomlValue(
        convert(value, span, null, 0),
        span.line(),
        span.column(),
        span.endLine(),
        span.endColumn(),
        span.line(),
        span.column());
  }

  private Object convert(Object value, TomlSpans.Span span, TomlPosition at, int depth) {
    if (value instanceof TomlTable t)
      return table(t, span != null && span.inlineTable() ? null : at, depth);
    if (value instanceof TomlArray a) {
      List<TomlValue> items = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) items.add(element(a, i));
      return items;
    }
    if (value instanceof String
        || value instanceof Long
        || value instanceof Double
        || value instanceof Boolean) {
      return value;
    }
    return span == null ? String.valueOf(value) : span.text(); // dates and times, as written
  }
}
