package io.github.sockcheck.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where a fixed set of words occurs as whole identifiers, in one pass over a text:
 * identifiers are delimited with an ASCII table (Unicode only off the fast path), and a candidate
 * is compared only with the words of its first character and length, so nothing is allocated for
 * the identifiers that do not matter. One pass instead of one {@code indexOf} scan per word keeps
 * the pre-filter near read speed.
 */
final class WordIndex {

  private static final boolean[] START = new boolean[128];
  private static final boolean[] PART = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      START[c] = Character.isJavaIdentifierStart(c);
      PART[c] = Character.isJavaIdentifierPart(c);
    }
  }

  private final Map<Integer, List<String>> byFirstAndLength = new HashMap<>();
  private final int maxLength;

  WordIndex(Collection<String> words) {
    int max = 0;
    for (String w : words) {
      if (w.isEmpty()) continue;
      byFirstAndLength.computeIfAbsent(key(w.charAt(0), w.length()), k -> new ArrayList<>()).add(w);
      max = Math.max(max, w.length());
    }
    maxLength = max;
  }

  private static int key(char first, int length) {
    return first * 1024 + Math.min(length, 1023);
  }

  static boolean isStart(char c) {
    return c < 128 ? START[c] : Character.isJavaIdentifierStart(c);
  }

  static boolean isPart(char c) {
    return c < 128 ? PART[c] : Character.isJavaIdentifierPart(c);
  }

  /** The start offsets of every word of the set in {@code text}. */
  Occurrences find(String text) {
    Occurrences found = new Occurrences();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isStart(c)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && isPart(text.charAt(j))) j++;
      int length = j - i;
      if (length <= maxLength) {
        List<String> candidates = byFirstAndLength.get(key(c, length));
        if (candidates != null) {
          for (String w : candidates) {
            if (text.regionMatches(i, w, 0, length)) found.add(w, i);
          }
        }
      }
      i = j;
    }
    return found;
  }

  /** Word → start offsets, in text order. */
  static final class Occurrences {
    private final Map<String, int[]> starts = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    void add(String word, int at) {
      int[] list = starts.get(word);
      int count = counts.getOrDefault(word, 0);
      if (list == null) list = new int[4];
      else if (count == list.length) list = Arrays.copyOf(list, count * 2);
      list[count] = at;
      starts.put(word, list);
      counts.put(word, count + 1);
    }

    boolean any(String word) {
      return counts.containsKey(word);
    }

    int[] of(String word) {
      int[] list = starts.get(word);
      return list == null ? new int[0] : Arrays.copyOf(list, counts.get(word));
    }
  }
}
