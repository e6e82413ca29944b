package io.github.sockcheck.scan.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.TextEdit;
import io.github.sockcheck.core.fix.TextEdits;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  private static final String TEN = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";

  private static String diff(String text, TextEdit... edits) {
    return UnifiedDiff.of("f.txt", text, TextEdits.spans(text, List.of(edits)).orElseThrow());
  }

  private static TextEdit edit(int line, int from, int to, String with) {
    return new TextEdit(new Location("f.txt", line, from, line, to), with);
  }

  @Test
  void aChangedLineWithThreeLinesOfContext() {
    assertEquals(
        """
        --- a/f.txt
        +++ b/f.txt
        @@ -2,7 +2,7 @@
         2
         3
         4
        -5
        +five
         6
         7
         8
        """,
        diff(TEN, edit(5, 1, 2, "five")));
  }

  @Test
  void anInsertedLineIsOnlyAnAddition() {
    assertEquals(
        """
        --- a/f.txt
        +++ b/f.txt
        @@ -1,3 +1,4 @@
         1
        +inserted
         2
         3
         4
        """
            .replace(" 4\n", ""),
        diff("1\n2\n3\n", edit(2, 1, 1, "inserted\n")));
  }

  @Test
  void distantEditsMakeTwoHunksAndCloseOnesOne() {
    String twenty = TEN + "11\n12\n13\n14\n15\n16\n17\n18\n19\n20\n";
    String two = diff(twenty, edit(2, 1, 2, "two"), edit(19, 1, 3, "nineteen"));
    assertEquals(2, two.split("@@ -").length - 1, two);
    assertEquals("@@ -16,5 +16,5 @@", two.lines().filter(l -> l.startsWith("@@")).toList().get(1));
    String one = diff(twenty, edit(2, 1, 2, "two"), edit(8, 1, 2, "eight"));
    assertEquals(1, one.split("@@ -").length - 1, one);
  }

  @Test
  void theLastLineWithoutALineBreak() {
    assertEquals(
        """
        --- a/f.txt
        +++ b/f.txt
        @@ -1,2 +1,2 @@
         a
        -b
        +b, c
        """,
        diff("a\nb", edit(2, 2, 2, ", c")));
  }

  @Test
  void noChangeNoDiff() {
    assertEquals("", diff(TEN, edit(3, 1, 2, "3")));
  }
}
