package io.github.sockcheck.core.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.TextEdit;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextEditsTest {

  private static TextEdit edit(int line, int from, int to, String with) {
    return new TextEdit(new Location("f", line, from, line, to), with);
  }

  @Test
  void editsApplyFromTheEndAndIdenticalOnesOnce() {
    String text = "ab\r\ncd\ref\n";
    assertEquals(
        "aXb\r\ncd\rYf\n",
        TextEdits.apply(text, List.of(edit(3, 1, 2, "Y"), edit(1, 2, 2, "X"), edit(1, 2, 2, "X")))
            .orElseThrow());
  }

  @Test
  void overlappingOrOutOfRangeEditsAreRefused() {
    String text = "abcdef";
    assertTrue(TextEdits.apply(text, List.of(edit(1, 1, 4, "x"), edit(1, 3, 5, "y"))).isEmpty());
    assertTrue(
        TextEdits.apply(text, List.of(edit(1, 2, 2, "x"), edit(1, 2, 2, "y"))).isEmpty(),
        "two inserts at one place");
    assertTrue(TextEdits.apply(text, List.of(edit(1, 5, 20, "x"))).isEmpty());
    assertTrue(TextEdits.apply(text, List.of(edit(2, 1, 1, "x"))).isEmpty());
  }

  @Test
  void offsetsCountUtf16UnitsAndATabAsOne() {
    TextOffsets t = new TextOffsets("\t\uD83D\uDE00x\nz");
    assertEquals(3, t.offset(1, 4));
    assertArrayEquals(new int[] {1, 4}, t.position(3));
    assertArrayEquals(new int[] {2, 1}, t.position(5));
    assertEquals(-1, t.offset(1, 6), "past the line's end");
  }
}
