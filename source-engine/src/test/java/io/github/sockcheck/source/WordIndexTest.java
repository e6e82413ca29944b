package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pre-filter's word search: a word counts only as a whole identifier, and every occurrence is
 * found (the pre-filter checks each for a call), else a file with a call is not parsed.
 */
class WordIndexTest {

  private static final WordIndex WORDS =
      new WordIndex(List.of("DatagramChannel", "open", "new", "größe", ""));

  @Test
  void wordsAreFoundAsWholeIdentifiersWithTheirOffsets() {
    String text = "DatagramChannel c = DatagramChannel.open(); // open";
    WordIndex.Occurrences at = WORDS.find(text);
    assertArrayEquals(new int[] {0, 20}, at.of("DatagramChannel"));
    assertArrayEquals(new int[] {36, 47}, at.of("open"));
    assertTrue(at.any("open"));
    assertFalse(at.any("new"));
    assertArrayEquals(new int[0], at.of("new"));
  }

  @Test
  void longerOrPrefixedIdentifiersAreOtherWords() {
    WordIndex.Occurrences at =
        WORDS.find("DatagramChannels x; MyDatagramChannel y; $open(); open_(); reopen(); open1();");
    assertFalse(at.any("DatagramChannel"));
    assertFalse(at.any("open"));
  }

  @Test
  void delimitersAreAnythingThatIsNoIdentifierPart() {
    WordIndex.Occurrences at = WORDS.find("a.open(x)+new/open\topen\n(open)");
    assertArrayEquals(new int[] {2, 14, 19, 25}, at.of("open"));
    assertArrayEquals(new int[] {10}, at.of("new"));
  }

  @Test
  void unicodeIdentifiers() {
    WordIndex.Occurrences at = WORDS.find("int größe = 1; int größeX = 2; Äopen(); größe;");
    assertArrayEquals(new int[] {4, 40}, at.of("größe"));
    assertFalse(at.any("open"), "Ä is a letter: Äopen is one identifier");
  }

  @Test
  void manyOccurrencesAreAllKept() {
    String text = "new A(); ".repeat(11);
    int[] expected = new int[11];
    for (int i = 0; i < 11; i++) expected[i] = i * 9;
    assertArrayEquals(expected, WORDS.find(text).of("new"));
  }

  @Test
  void anEmptySetFindsNothing() {
    assertFalse(new WordIndex(List.of()).find("open new").any("open"));
  }
}
