package io.github.sockcheck.source;

import java.util.Arrays;

/**
 * The {@link String#hashCode()}s of every identifier of a text, sorted and distinct: a few hundred
 * ints per file that answer "may this file name {@code X}?" for any word, where keeping the text
 * would cost its characters and a {@link WordIndex} pass per question. A hash can collide, so a yes
 * is only a maybe; a no is certain. Identifiers are delimited as {@link WordIndex} delimits them
 * (comments and strings included), so a word {@code WordIndex} finds is always here.
 */
final class IdentifierHashes {

  private IdentifierHashes() {}

  static int[] of(String text) {
    int[] hashes = new int[256];
    int count = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!WordIndex.isStart(c)) {
        i++;
        continue;
      }
      int h = 0;
      while (i < n && WordIndex.isPart(c = text.charAt(i))) {
        h = 31 * h + c;
        i++;
      }
      if (count == hashes.length) hashes = Arrays.copyOf(hashes, count * 2);
      hashes[count++] = h;
    }
    Arrays.sort(hashes, 0, count);
    int distinct = 0;
    for (int k = 0; k < count; k++)
      if (distinct == 0 || hashes[distinct - 1] != hashes[k]) hashes[distinct++] = hashes[k];
    return Arrays.copyOf(hashes, distinct);
  }

  /** False when the text certainly does not hold {@code word} as an identifier. */
  static boolean mayHold(int[] hashes, String word) {
    return Arrays.binarySearch(hashes, word.hashCode()) >= 0;
  }
}
