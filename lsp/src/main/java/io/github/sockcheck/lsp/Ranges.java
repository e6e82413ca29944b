package io.github.sockcheck.lsp;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.fix.TextOffsets;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Finding locations (1-based lines and columns, columns in UTF-16 code units with a tab as one
 * column, end exclusive, 0 for unknown) as LSP ranges (0-based lines, UTF-16 character offsets).
 * Every engine counts columns in UTF-16 code units, so the conversion is a shift; the text clamps
 * it to what the editor holds (a finding of the previous version of a buffer) and widens a
 * line-only location (bytecode) to the line's text.
 */
final class Ranges {

  private Ranges() {}

  static Range of(Location location, TextOffsets text) {
    int lines = text.lineCount();
    int startLine = clampLine(location.startLine() <= 0 ? 1 : location.startLine(), lines);
    String first = line(text, startLine);
    int startChar = location.startColumn() > 0 ? location.startColumn() - 1 : indent(first);
    startChar = avoidSplitPair(first, Math.min(startChar, first.length()));
    int endLine = location.endLine() > 0 ? clampLine(location.endLine(), lines) : startLine;
    String last = line(text, endLine);
    int endChar =
        location.endColumn() > 0 && location.endLine() > 0
            ? location.endColumn() - 1
            : last.length();
    endChar = avoidSplitPair(last, Math.min(endChar, last.length()));
    if (endLine < startLine || (endLine == startLine && endChar < startChar)) {
      endLine = startLine;
      endChar = first.length() > startChar ? first.length() : startChar;
    }
    return new Range(new Position(startLine - 1, startChar), new Position(endLine - 1, endChar));
  }

  /** The offset of an LSP position in the text, clamped to the text. */
  static int offset(TextOffsets text, Position p) {
    int line = clampLine(p.getLine() + 1, text.lineCount());
    int start = text.lineStart(line);
    return Math.min(start + Math.max(0, p.getCharacter()), text.lineEnd(line));
  }

  static boolean overlaps(Range a, Range b) {
    return compare(a.getStart(), b.getEnd()) <= 0 && compare(b.getStart(), a.getEnd()) <= 0;
  }

  private static int compare(Position a, Position b) {
    return a.getLine() != b.getLine()
        ? Integer.compare(a.getLine(), b.getLine())
        : Integer.compare(a.getCharacter(), b.getCharacter());
  }

  private static int clampLine(int line, int lines) {
    return Math.max(1, Math.min(line, lines));
  }

  private static String line(TextOffsets text, int line) {
    return text.text().substring(text.lineStart(line), text.lineEnd(line));
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
    return i == line.length() ? 0 : i;
  }

  /**
   * A position inside a surrogate pair moves to its start: an editor cannot place a caret there.
   */
  private static int avoidSplitPair(String line, int at) {
    return at > 0
            && at < line.length()
            && Character.isLowSurrogate(line.charAt(at))
            && Character.isHighSurrogate(line.charAt(at - 1))
        ? at - 1
        : at;
  }
}
