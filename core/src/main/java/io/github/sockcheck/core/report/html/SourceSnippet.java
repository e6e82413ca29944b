package io.github.sockcheck.core.report.html;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.io.FileTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines around a finding, as the scan read them (through the shared {@link FileTexts}). Very
 * long lines (minified files, generated code) are cut to a window around the reported column, so
 * one line cannot make the page unreadable or huge.
 */
record SourceSnippet(List<Line> lines) {

  static final int CONTEXT = 2;
  static final int MAX_LINE = 240;

  /**
   * One shown line. {@code markStart}/{@code markEnd} are the reported columns' characters within
   * {@code text} (−1 when none); {@code cutBefore}/{@code cutAfter} say that text was left out.
   */
  record Line(
      int number,
      String text,
      boolean reported,
      int markStart,
      int markEnd,
      boolean cutBefore,
      boolean cutAfter) {}

  static Optional<SourceSnippet> around(FileTexts texts, Location location) {
    if (location.startLine() <= 0) return Optional.empty();
    Optional<List<String>> file = texts.lines(location.path());
    if (file.isEmpty() || location.startLine() > file.get().size()) return Optional.empty();
    List<String> all = file.get();
    int endLine =
        Math.max(location.startLine(), Math.min(location.endLine(), location.startLine() + 4));
    int first = Math.max(1, location.startLine() - CONTEXT);
    int last = Math.min(all.size(), endLine + CONTEXT);
    List<Line> lines = new ArrayList<>();
    for (int n = first; n <= last; n++) {
      boolean reported = n >= location.startLine() && n <= endLine;
      lines.add(line(n, all.get(n - 1), reported, location));
    }
    return Optional.of(new SourceSnippet(lines));
  }

  private static Line line(int number, String text, boolean reported, Location location) {
    // The columns are marked only on a one-line finding with both columns known.
    int markStart = -1;
    int markEnd = -1;
    if (reported
        && location.startLine() == location.endLine()
        && number == location.startLine()
        && location.startColumn() > 0
        && location.endColumn() > location.startColumn()) {
      markStart = Math.min(location.startColumn() - 1, text.length());
      markEnd = Math.min(location.endColumn() - 1, text.length());
    }
    if (text.length() <= MAX_LINE) {
      return new Line(number, text, reported, markStart, markEnd, false, false);
    }
    int focus = reported && location.startColumn() > 0 ? location.startColumn() - 1 : 0;
    int start = Math.max(0, Math.min(focus - MAX_LINE / 3, text.length() - MAX_LINE));
    if (start > 0 && Character.isLowSurrogate(text.charAt(start))) start++;
    int end = Math.min(text.length(), start + MAX_LINE);
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) end--;
    int ms = markStart < 0 ? -1 : clamp(markStart - start, 0, end - start);
    int me = markEnd < 0 ? -1 : clamp(markEnd - start, 0, end - start);
    return new Line(
        number, text.substring(start, end), reported, ms, me, start > 0, end < text.length());
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }
}
