package io.github.sockcheck.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Vectors published with GitHub codeql-action's fingerprinting (src/fingerprints.test.ts). */
class LineHashTest {

  @Test
  void emptyFile() {
    assertEquals(Map.of(1, "c129715d7a2bc9a3:1"), LineHash.hashes(""));
  }

  @Test
  void whitespaceIsIgnoredAndHashesRunAcrossLines() {
    assertEquals(
        Map.of(1, "271789c17abda88f:1", 2, "54703d4cd895b18:1", 3, "180aee12dab6264:1", 4, "a23a3dc5e078b07b:1"),
        LineHash.hashes(" a\nb\n  \t\tc\n d"));
  }

  @Test
  void carriageReturnsAreLineFeeds() {
    assertEquals(LineHash.hashes("a\nb\nc\n"), LineHash.hashes("a\r\nb\rc\r\n"));
  }

  @Test
  void identicalWindowsAreNumberedByOccurrence() {
    Map<Integer, String> hashes = LineHash.hashes("x\n".repeat(250));
    // Lines more than 100 characters before the end see the same window of "x\n" pairs.
    assertEquals(hashes.get(1).split(":")[0], hashes.get(2).split(":")[0]);
    assertEquals("1", hashes.get(1).split(":")[1]);
    assertEquals("2", hashes.get(2).split(":")[1]);
    assertNotEquals(hashes.get(249), hashes.get(250));
  }

  @Test
  void lineAfterTheLastIsAbsent() {
    assertNull(LineHash.hashForLine("a\nb", 3));
    assertEquals(LineHash.hashes(" a\nb\n  \t\tc\n d").get(3), LineHash.hashForLine(" a\nb\n  \t\tc\n d", 3));
  }
}
