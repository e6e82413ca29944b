package io.github.sockcheck.scan.fix;

import io.github.sockcheck.core.fix.TextEdits;
import io.github.sockcheck.core.fix.TextOffsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff ({@code diff -u}, three lines of context) of one file before and after text edits.
 * The changed lines are known from the edits themselves, so no diff algorithm is needed and the
 * output is exactly the change.
 */
public final class UnifiedDiff {

  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /**
   * One changed block: old lines [first, last] (1-based) become {@code replacement}; last = first -
   * 1 inserts.
   */
  private record Block(int first, int last, List<String> replacement) {}

  /**
   * The diff of {@code path}; "" when the spans change nothing. Spans must be sorted and disjoint.
   */
  public static String of(String path, String before, List<TextEdits.Span> spans) {
    TextOffsets offsets = new TextOffsets(before);
    List<Block> blocks = blocks(before, offsets, spans);
    if (blocks.isEmpty()) return "";
    List<String> old = lines(before, offsets, true);
    StringBuilder out = new StringBuilder("--- a/" + path + "\n+++ b/" + path + "\n");
    int delta = 0;
    int i = 0;
    while (i < blocks.size()) {
      int j = i;
      while (j + 1 < blocks.size()
          && blocks.get(j + 1).first() - blocks.get(j).last() - 1 <= 2 * CONTEXT) j++;
      int from = Math.max(1, blocks.get(i).first() - CONTEXT);
      int to = Math.min(old.size(), blocks.get(j).last() + CONTEXT);
      StringBuilder body = new StringBuilder();
      int oldCount = 0;
      int newCount = 0;
      int line = from;
      for (int k = i; k <= j; k++) {
        Block b = blocks.get(k);
        for (; line < b.first(); line++, oldCount++, newCount++)
          body.append(' ').append(old.get(line - 1)).append('\n');
        for (; line <= b.last(); line++, oldCount++)
          body.append('-').append(old.get(line - 1)).append('\n');
        for (String r : b.replacement()) {
          body.append('+').append(r).append('\n');
          newCount++;
        }
      }
      for (; line <= to; line++, oldCount++, newCount++)
        body.append(' ').append(old.get(line - 1)).append('\n');
      int newFrom = from + delta;
      out.append("@@ -")
          .append(range(from, oldCount))
          .append(" +")
          .append(range(newFrom, newCount))
          .append(" @@\n")
          .append(body);
      delta += newCount - oldCount;
      i = j + 1;
    }
    return out.toString();
  }

  private static String range(int start, int count) {
    return count == 1 ? String.valueOf(start) : (count == 0 ? start - 1 : start) + "," + count;
  }

  /** The edited line blocks: spans on the same or adjacent lines form one block. */
  private static List<Block> blocks(String text, TextOffsets offsets, List<TextEdits.Span> spans) {
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    while (i < spans.size()) {
      int first = offsets.position(spans.get(i).from())[0];
      int last = offsets.position(spans.get(i).to())[0];
      int j = i;
      while (j + 1 < spans.size() && offsets.position(spans.get(j + 1).from())[0] <= last) {
        j++;
        last = Math.max(last, offsets.position(spans.get(j).to())[0]);
      }
      int blockStart = offsets.lineStart(first);
      int blockEnd = offsets.lineEnd(last);
      StringBuilder edited = new StringBuilder(text.substring(blockStart, blockEnd));
      for (int k = j; k >= i; k--) {
        TextEdits.Span s = spans.get(k);
        edited.replace(
            s.from() - blockStart, Math.min(s.to(), blockEnd) - blockStart, s.replacement());
      }
      String original = text.substring(blockStart, blockEnd);
      String replaced = edited.toString();
      if (!replaced.equals(original))
        blocks.add(
            trimmed(
                first,
                lines(original, new TextOffsets(original), false),
                lines(replaced, new TextOffsets(replaced), false)));
      i = j + 1;
    }
    return blocks;
  }

  /**
   * The block without the lines it leaves as they were at its start and end (an insertion has last
   * < first).
   */
  private static Block trimmed(int first, List<String> before, List<String> after) {
    int head = 0;
    while (head < before.size() && head < after.size() && before.get(head).equals(after.get(head)))
      head++;
    int tail = 0;
    while (tail < before.size() - head
        && tail < after.size() - head
        && before.get(before.size() - 1 - tail).equals(after.get(after.size() - 1 - tail))) tail++;
    return new Block(
        first + head, first + before.size() - 1 - tail, after.subList(head, after.size() - tail));
  }

  /**
   * @param wholeFile a final line break ends the last line rather than starting an empty one
   */
  private static List<String> lines(String text, TextOffsets offsets, boolean wholeFile) {
    List<String> lines = new ArrayList<>();
    for (int l = 1; l <= offsets.lineCount(); l++)
      lines.add(text.substring(offsets.lineStart(l), offsets.lineEnd(l)));
    if (wholeFile && (text.endsWith("\n") || text.endsWith("\r")) && lines.size() > 1) {
      lines.remove(lines.size() - 1); // the empty "line" after the last line break
    }
    return lines;
  }
}
