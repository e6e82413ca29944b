package io.github.sockcheck.source;

import com.github.javaparser.Range;
import io.github.sockcheck.core.fix.TextOffsets;

/**
 * Maps JavaParser positions (1-based line/column, tab = one column) back to offsets in the text.
 */
final class LineIndex {

  private final TextOffsets offsets;

  LineIndex(String text) {
    this.offsets = new TextOffsets(text);
  }

  /** The source text of {@code range} (inclusive end), or null when it is out of bounds. */
  String slice(Range range) {
    int from = offsets.offset(range.begin.line, range.begin.column);
    int to = offsets.offset(range.end.line, range.end.column);
    if (from < 0 || to < 0 || to < from || to >= offsets.text().length()) return null;
    return offsets.text().substring(from, to + 1);
  }
}
