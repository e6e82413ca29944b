package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.source.SuppressionScanner.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionScannerTest {

  static final String TEXT =
      """
      package s;

      @SuppressWarnings("sockcheck:raw-socket-sentinel")
      class A {
        @SuppressWarnings({"unchecked", "sockcheck"})
        int field = 1;

        @SuppressWarnings(value = {"sockcheck:a", "sockcheck:b"})
        void m(@SuppressWarnings("sockcheck:param-rule") int p) {
          @SuppressWarnings("sockcheck:local-rule")
          int x = 1;
          int y = 2;
        }

        @SuppressWarnings("unchecked")
        A() {}
      }
      """;

  @Test
  void regionsOfEveryAnnotatedDeclaration() {
    List<Region> regions = new SuppressionScanner().scan(TEXT);
    assertEquals(
        List.of(
            new Region("raw-socket-sentinel", 3, 17),
            new Region("*", 5, 6),
            new Region("a", 8, 13),
            new Region("b", 8, 13),
            new Region("param-rule", 9, 9),
            new Region("local-rule", 10, 11)),
        regions);
  }

  @Test
  void coversChecksRuleAndLines() {
    Region all = new Region("*", 5, 6);
    assertTrue(all.covers("anything", 6));
    assertFalse(all.covers("anything", 7));
    Region one = new Region("a", 8, 13);
    assertTrue(one.covers("a", 8));
    assertFalse(one.covers("b", 8));
  }

  @Test
  void unparseableOrUnrelatedTextHasNoRegions() {
    assertEquals(
        List.of(), new SuppressionScanner().scan("class { @SuppressWarnings(\"sockcheck\")"));
    assertEquals(
        List.of(),
        new SuppressionScanner().scan("class A { @SuppressWarnings(\"unchecked\") void m() {} }"));
  }
}
