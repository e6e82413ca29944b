package io.github.sockcheck.python.toml;

import io.github.sockcheck.core.fix.TextOffsets;
import java.util.HashMap;
import java.util.Map;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTreeWalker;
import org.tomlj.internal.TomlLexer;
import org.tomlj.internal.TomlParser;
import org.tomlj.internal.TomlParserBaseListener;

/**
 * Where each value of a TOML document starts and ends. tomlj's API tells where a key/value line, a
 * table header or an array element starts (its line and code-point column), not where the value
 * ends, which a finding's span needs; the parse tree of tomlj's own grammar has both. tomlj is
 * pinned in the build, so its grammar (package {@code org.tomlj.internal}) does not change under
 * us. Columns here are UTF-16, as in every other location sockcheck reports.
 */
final class TomlSpans {

  /**
   * A value's place: first character to just after the last (1-based, end column exclusive).
   *
   * @param segments how many keys the key/value line names ({@code a.b = 1}: 2); 0 for array
   *     elements
   */
  record Span(
      int line,
      int column,
      int endLine,
      int endColumn,
      int segments,
      boolean array,
      boolean inlineTable,
      String text) {}

  private final String text;
  private final TextOffsets lines;

  /** UTF-16 offset of each code point, only when the text has characters outside the BMP. */
  private final int[] utf16;

  private final Map<Long, Span> keyValues = new HashMap<>();
  private final Map<Long, Span> arrayValues = new HashMap<>();
  private final Map<Long, int[]> starts = new HashMap<>();

  private TomlSpans(String text) {
    this.text = text;
    this.lines = new TextOffsets(text);
    utf16 = text.codePoints().count() == text.length() ? null : codePointOffsets(text);
  }

  /** The spans of a document tomlj has already accepted. */
  static TomlSpans of(String text) {
    TomlSpans spans = new TomlSpans(text);
    TomlLexer lexer = new TomlLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    TomlParser parser = new TomlParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    ParseTreeWalker.DEFAULT.walk(spans.new Collector(), parser.toml());
    return spans;
  }

  /** The whole document. */
  Span document() {
    int[] end = lines.position(text.length());
    return new Span(1, 1, end[0], end[1], 0, false, false, text);
  }

  /** The value of the key/value line that starts where tomlj says, null when none starts there. */
  Span keyValue(int line, int codePointColumn) {
    return keyValues.get(key(line, codePointColumn));
  }

  /** The array element tomlj places there, null when none (a table of an array of tables). */
  Span arrayValue(int line, int codePointColumn) {
    return arrayValues.get(key(line, codePointColumn));
  }

  /**
   * A position tomlj reports, in UTF-16 columns (the position itself when no token starts there).
   */
  int[] at(int line, int codePointColumn) {
    return starts.getOrDefault(key(line, codePointColumn), new int[] {line, codePointColumn});
  }

  private static long key(int line, int codePointColumn) {
    return ((long) line << 32) | codePointColumn;
  }

  private final class Collector extends TomlParserBaseListener {
    @Override
    public void enterKeyval(TomlParser.KeyvalContext ctx) {
      if (ctx.key() == null || ctx.val() == null) return;
      keyValues.put(start(ctx), span(ctx.val(), ctx.key().simpleKey().size()));
    }

    @Override
    public void enterArrayValue(TomlParser.ArrayValueContext ctx) {
      if (ctx.val() != null) arrayValues.put(start(ctx), span(ctx.val(), 0));
    }

    @Override
    public void enterStandardTable(TomlParser.StandardTableContext ctx) {
      start(ctx);
    }

    @Override
    public void enterArrayTable(TomlParser.ArrayTableContext ctx) {
      start(ctx);
    }
  }

  /**
   * Records where the rule tomlj reports a position for starts; the key tomlj's position maps to.
   */
  private long start(ParserRuleContext ctx) {
    Token token = ctx.getStart();
    long key = key(token.getLine(), token.getCharPositionInLine() + 1);
    starts.put(key, lines.position(offset(token.getStartIndex())));
    return key;
  }

  private Span span(TomlParser.ValContext val, int segments) {
    int from = offset(val.getStart().getStartIndex());
    int to = offset(val.getStop().getStopIndex() + 1);
    int[] start = lines.position(from);
    int[] end = lines.position(to);
    return new Span(
        start[0],
        start[1],
        end[0],
        end[1],
        segments,
        val.array() != null,
        val.inlineTable() != null,
        text.substring(from, to));
  }

  private int offset(int codePointIndex) {
    if (utf16 == null) return Math.min(codePointIndex, text.length());
    return codePointIndex >= utf16.length ? text.length() : utf16[codePointIndex];
  }

  private static int[] codePointOffsets(String text) {
    int[] offsets = new int[(int) text.codePoints().count()];
    for (int i = 0, cp = 0; i < text.length(); i += Character.charCount(text.codePointAt(i)))
      offsets[cp++] = i;
    return offsets;
  }
}
