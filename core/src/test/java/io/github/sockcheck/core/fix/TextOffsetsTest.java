package io.github.sockcheck.core.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextOffsetsTest {

  @Test
  void positionsCountEveryKindOfLineBreak() {
    TextOffsets t = new TextOffsets("ab\ncd\r\nef\rg");
    assertArrayEquals(new int[] {1, 1}, t.position(0));
    assertArrayEquals(new int[] {1, 3}, t.position(2));
    assertArrayEquals(new int[] {2, 2}, t.position(4));
    assertArrayEquals(new int[] {3, 1}, t.position(7));
    assertArrayEquals(new int[] {4, 1}, t.position(10));
    assertEquals(7, t.offset(3, 1));
    assertEquals(-1, t.offset(1, 4), "past the end of the line");
  }

  @Test
  void lineOfFindsTheLastLineStartingAtOrBeforeTheOffset() {
    int[] starts = {0, 4, 5, 9}; // "abc\n\nxyz\n…": line 2 is empty
    assertEquals(1, TextOffsets.lineOf(starts, 0));
    assertEquals(1, TextOffsets.lineOf(starts, 3));
    assertEquals(2, TextOffsets.lineOf(starts, 4));
    assertEquals(3, TextOffsets.lineOf(starts, 5));
    assertEquals(4, TextOffsets.lineOf(starts, 9));
    assertEquals(4, TextOffsets.lineOf(starts, 100));
    assertEquals(1, TextOffsets.lineOf(new int[] {0}, 5));
  }
}
