package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A later flow round decodes again only the files whose identifier hashes may hold a need's words:
 * a word {@link WordIndex} finds must never be missing from the hashes, or the round loses a file.
 */
class IdentifierHashesTest {

  private static final String TEXT =
      """
      package a.b;
      /* mentions Ghost in a comment */
      class Holder$1 extends Base<T> {
        int x2 = 12ab; String s = "quoted word";
        void m() { ChannelOutboundBuffer.current(); café(); }
      }
      """;

  @Test
  void everyWordTheWordIndexFindsMayBeHeld() {
    List<String> words =
        List.of(
            "package",
            "a",
            "b",
            "Ghost",
            "Holder$1",
            "Base",
            "T",
            "x2",
            "ab",
            "quoted",
            "word",
            "ChannelOutboundBuffer",
            "current",
            "café");
    WordIndex.Occurrences at = new WordIndex(words).find(TEXT);
    int[] hashes = IdentifierHashes.of(TEXT);
    for (String w : words) {
      assertTrue(at.any(w), "the word index finds " + w);
      assertTrue(IdentifierHashes.mayHold(hashes, w), w);
    }
  }

  @Test
  void wordsThatAreNotWholeIdentifiersAreNotHeld() {
    int[] hashes = IdentifierHashes.of(TEXT);
    for (String w : List.of("Holder", "Channel", "12ab", "2", "cur", "Buffer", "absent"))
      assertFalse(IdentifierHashes.mayHold(hashes, w), w);
  }

  @Test
  void theHashesAreSortedAndDistinct() {
    int[] hashes = IdentifierHashes.of("a b a c b a");
    assertEquals(3, hashes.length);
    int[] sorted = hashes.clone();
    java.util.Arrays.sort(sorted);
    assertArrayEquals(sorted, hashes);
    assertEquals(0, IdentifierHashes.of("// 1 2 3 + - *").length);
  }
}
