package io.github.sockcheck.testsupport;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines two texts do not share, in order ({@code -} only in the first, {@code +} only in the
 * second), each with its line number and under the header line of its block: enough to read a
 * failed comparison of an expected-findings file in a build log.
 */
final class LineDiff {

  private LineDiff() {}

  static String of(String before, String after) {
    String[] a = before.split("\n", -1);
    String[] b = after.split("\n", -1);
    // Longest common subsequence table, from the end; the files are a few hundred lines at most.
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lcs[i][j] =
            a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> out = new ArrayList<>();
    String header = null;
    String shown = null;
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        if (isHeader(a[i])) header = a[i];
        i++;
        j++;
        continue;
      }
      if (header != null && !header.equals(shown)) {
        out.add("  in " + header);
        shown = header;
      }
      if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
        out.add("-" + (i + 1) + ": " + a[i++]);
      } else {
        out.add("+" + (j + 1) + ": " + b[j++]);
      }
    }
    return String.join("\n", out);
  }

  /** A block's first line: a finding's location and rule. */
  private static boolean isHeader(String line) {
    return !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#");
  }
}
