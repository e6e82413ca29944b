package io.github.sockcheck.core.fix;

import io.github.sockcheck.core.findings.Location;
import java.util.Arrays;

/**
 * Converts between character offsets (UTF-16, 0-based) and 1-based line/column positions of one
 * text, with lines ending at {@code \n}, {@code \r\n} or {@code \r} (as {@link
 * io.github.sockcheck.core.io.FileTexts} splits them) and columns counted in UTF-16 code units, a
 * tab being one column (as every engine counts).
 */
public final class TextOffsets {

  private final String text;
  private final int[] lineStarts;

  public TextOffsets(String text) {
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

  public String text() {
    return text;
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** The offset of 1-based {@code line}, {@code column}; -1 when out of range. */
  public int offset(int line, int column) {
    if (line < 1 || line > lineStarts.length || column < 1) return -1;
    int offset = lineStarts[line - 1] + column - 1;
    return offset <= lineEnd(line) ? offset : -1;
  }

  /** The offset just after the last character of {@code line} (before its line break). */
  public int lineEnd(int line) {
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    while (end > lineStarts[line - 1]
        && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
    return end;
  }

  /** The offset where {@code line} starts. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /** {line, column}, both 1-based, of an offset. */
  public int[] position(int offset) {
    int line = lineOf(lineStarts, offset);
    return new int[] {line, offset - lineStarts[line - 1] + 1};
  }

  /**
   * The 1-based line holding {@code offset}, given the ascending offsets where lines start (the
   * first being 0), for readers that split lines their own way.
   */
  public static int lineOf(int[] lineStarts, int offset) {
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** The region [from, to) as a location of {@code path} (end column exclusive). */
  public Location region(String path, int from, int to) {
    int[] a = position(from);
    int[] b = position(to);
    return new Location(path, a[0], a[1], b[0], b[1]);
  }
}
