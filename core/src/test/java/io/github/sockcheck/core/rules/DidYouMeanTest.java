package io.github.sockcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The "did you mean" of unknown keys: Levenshtein distance, within a third of the word (at least
 * 2).
 */
class DidYouMeanTest {

  @Test
  void distanceCountsInsertionsDeletionsAndSubstitutions() {
    assertEquals(0, DidYouMean.distance("help", "help"));
    assertEquals(3, DidYouMean.distance("kitten", "sitting"));
    assertEquals(3, DidYouMean.distance("", "abc"));
    assertEquals(3, DidYouMean.distance("abc", ""));
    assertEquals(1, DidYouMean.distance("severty", "severity"));
    assertEquals(2, DidYouMean.distance("hepl", "help"));
  }

  @Test
  void suggestsOnlyWithinAThirdOfTheWordAndAtLeastTwo() {
    assertEquals(
        "help",
        DidYouMean.closest("hepl", List.of("fix", "help")),
        "distance 2 is always close enough");
    assertNull(DidYouMean.closest("abcxyz", List.of("abcdef")), "6 letters: 3 edits are too many");
    assertEquals(
        "abcdefghi",
        DidYouMean.closest("abcdefxyz", List.of("abcdefghi")),
        "9 letters: 3 edits are fine");
    assertNull(
        DidYouMean.closest("abcdewxyz", List.of("abcdefghi")), "9 letters: 4 edits are too many");
    assertNull(DidYouMean.closest("x", List.of()));
  }

  @Test
  void theClosestWinsAndTheFirstOfEqualOnes() {
    assertEquals(
        "severity", DidYouMean.closest("severty", List.of("security", "severity", "sever")));
    assertEquals("abd", DidYouMean.closest("abc", List.of("abd", "abe")));
  }
}
