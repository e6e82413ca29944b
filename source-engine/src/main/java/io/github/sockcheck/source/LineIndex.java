package io.github.sockcheck.source;

import com.github.javaparser.Range;
import java.util.Arrays;

/** Maps JavaParser positions (1-based line/column, tab = one column) back to offsets in the text. */
final class LineIndex {

  private final String text;
  private final int[] lineStarts;

  LineIndex(String text) {
    this.text = text;
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  /** The source text of {@code range} (inclusive end), or null when it is out of bounds. */
  String slice(Range range) {
    int from = offset(range.begin.line, range.begin.column);
    int to = offset(range.end.line, range.end.column);
    if (from < 0 || to < 0 || to < from || to >= text.length()) return null;
    return text.substring(from, to + 1);
  }

  private int offset(int line, int column) {
    if (line < 1 || line > lineStarts.length || column < 1) return -1;
    return lineStarts[line - 1] + column - 1;
  }
}
