package io.github.sockcheck.python.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Text as CPython, pip and GitHub read it: UTF-8 or Latin-1, a BOM dropped, LF, CRLF and lone CR
 * line ends.
 */
class TextFilesTest {

  @Test
  void decoding() {
    assertEquals("é\n", TextFiles.decode("é\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("é\n", TextFiles.decode(new byte[] {(byte) 0xE9, '\n'}), "not UTF-8: Latin-1");
    assertEquals(
        "a",
        TextFiles.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}),
        "BOM dropped");
    assertEquals(
        "a\uFEFF",
        TextFiles.decode("a\uFEFF".getBytes(StandardCharsets.UTF_8)),
        "only a leading BOM");
    assertEquals("a\nb\r\nc\n", TextFiles.decode("a\rb\r\nc\r".getBytes(StandardCharsets.UTF_8)));
    assertEquals("", TextFiles.decode(new byte[0]));
  }

  @Test
  void loneCarriageReturns() {
    assertEquals("a\n\nb", TextFiles.loneCarriageReturnsAsNewlines("a\r\rb"));
    assertEquals("a\r\n", TextFiles.loneCarriageReturnsAsNewlines("a\r\n"));
    assertEquals("\n", TextFiles.loneCarriageReturnsAsNewlines("\r"));
    assertEquals("abc", TextFiles.loneCarriageReturnsAsNewlines("abc"));
  }

  @Test
  void linesAndOffsets() {
    assertArrayEquals(new String[] {"a", "b", "", "c", ""}, TextFiles.lines("a\r\nb\n\nc\n"));
    assertEquals("a\r", TextFiles.lines("a\r\r\n")[0], "only the CR right before LF is dropped");
    assertArrayEquals(new String[] {""}, TextFiles.lines(""));
    int[] starts = TextFiles.lineStarts("ab\nc\n\nd");
    assertArrayEquals(new int[] {0, 3, 5, 6}, starts);
    assertArrayEquals(new int[] {0}, TextFiles.lineStarts("abc"));
    assertEquals(1, io.github.sockcheck.core.fix.TextOffsets.lineOf(starts, 0));
    assertEquals(1, io.github.sockcheck.core.fix.TextOffsets.lineOf(starts, 2));
    assertEquals(2, io.github.sockcheck.core.fix.TextOffsets.lineOf(starts, 3));
    assertEquals(2, io.github.sockcheck.core.fix.TextOffsets.lineOf(starts, 4));
    assertEquals(3, io.github.sockcheck.core.fix.TextOffsets.lineOf(starts, 5));
    assertEquals(4, io.github.sockcheck.core.fix.TextOffsets.lineOf(starts, 6));
    assertEquals(4, io.github.sockcheck.core.fix.TextOffsets.lineOf(starts, 100));
    assertEquals(1, io.github.sockcheck.core.fix.TextOffsets.lineOf(new int[] {0}, 5));
  }
}
