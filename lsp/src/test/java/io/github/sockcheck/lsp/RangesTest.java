package io.github.sockcheck.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.fix.TextOffsets;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

/**
 * Finding locations to LSP ranges: 0-based, UTF-16 characters, clamped to the text the editor
 * holds.
 */
class RangesTest {

  private static final String TEXT =
      "first\n\t\uD83D\uDE00x = call(\uD83C\uDF89);\r\n    bytecode();\n";

  private static Range range(int l1, int c1, int l2, int c2) {
    return new Range(new Position(l1, c1), new Position(l2, c2));
  }

  @Test
  void columnsAreUtf16UnitsWithATabAsOne() {
    String line = "\t\uD83D\uDE00x = call(\uD83C\uDF89);";
    int call = line.indexOf("call") + 1;
    int end = line.indexOf(';') + 1;
    assertEquals(
        range(1, call - 1, 1, end - 1),
        Ranges.of(new Location("f", 2, call, 2, end), new TextOffsets(TEXT)));
  }

  @Test
  void aLineOnlyLocationCoversTheLinesText() {
    assertEquals(range(2, 4, 2, 15), Ranges.of(Location.line("f", 3), new TextOffsets(TEXT)));
    assertEquals(range(0, 0, 0, 5), Ranges.of(Location.file("f"), new TextOffsets(TEXT)));
  }

  @Test
  void clampedToTheTextAndNeverInsideASurrogatePair() {
    assertEquals(
        range(2, 0, 2, 15), Ranges.of(new Location("f", 3, 1, 3, 99), new TextOffsets(TEXT)));
    assertEquals(
        range(3, 0, 3, 0), Ranges.of(new Location("f", 9, 1, 9, 2), new TextOffsets(TEXT)));
    assertEquals(
        range(1, 1, 1, 1),
        Ranges.of(new Location("f", 2, 3, 2, 3), new TextOffsets(TEXT)),
        "column 3 splits the emoji");
  }

  @Test
  void overlap() {
    assertEquals(true, Ranges.overlaps(range(1, 0, 1, 5), range(1, 5, 1, 5)));
    assertEquals(false, Ranges.overlaps(range(1, 0, 1, 5), range(2, 0, 2, 1)));
  }
}
