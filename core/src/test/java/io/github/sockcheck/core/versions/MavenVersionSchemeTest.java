package io.github.sockcheck.core.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MavenVersionSchemeTest {

  private final MavenVersionScheme scheme = new MavenVersionScheme();

  @Test
  void ecosystemIsMaven() {
    assertEquals("maven", scheme.ecosystem());
  }

  @Test
  void finalQualifierOrdersNumerically() {
    assertTrue(scheme.compare("4.2.9.Final", "4.2.10.Final") < 0);
    assertTrue(scheme.compare("4.1.108.Final", "4.1.52.Final") > 0);
    assertEquals(0, scheme.compare("4.2.10.Final", "4.2.10.final"));
  }

  @Test
  void qualifiersAndSnapshotsOrderBeforeTheRelease() {
    assertTrue(scheme.compare("1.0-SNAPSHOT", "1.0") < 0);
    assertTrue(scheme.compare("1.0-alpha-1", "1.0-beta-1") < 0);
    assertTrue(scheme.compare("1.0-rc1", "1.0") < 0);
    assertTrue(scheme.compare("4.2.10.Final-SNAPSHOT", "4.2.10.Final") < 0);
  }

  @ParameterizedTest
  @CsvSource({
    "4.2.7.Final, false",
    "4.2.8.Final, true",
    "4.2.9.Final, true",
    "4.2.10.Final, false",
    "4.2.10.Final-SNAPSHOT, true",
    "4.1.118.Final, false"
  })
  void boundariesOfTheNettyDatagramRange(String version, boolean inside) {
    assertEquals(inside, scheme.contains("[4.2.8.Final,4.2.10.Final)", version));
  }

  @ParameterizedTest
  @CsvSource({"8, true", "11, true", "15, true", "16, false", "17, false"})
  void openLowerBound(String release, boolean inside) {
    assertEquals(inside, scheme.contains("(,16)", release));
  }

  @Test
  void bareVersionAsRangeMeansExactly() {
    assertTrue(scheme.contains("12.0.7", "12.0.7"));
    assertFalse(scheme.contains("12.0.7", "12.0.8"));
  }

  @Test
  void unionRanges() {
    assertTrue(scheme.contains("[1,2),[3,)", "3.5"));
    assertFalse(scheme.contains("[1,2),[3,)", "2.5"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "[4.2.8.Final,4.2.10.Final); [4.2,4.3); true",
        "[4.2.8.Final,4.2.10.Final); [4.2.10.Final,); false",
        "[4.2.8.Final,4.2.10.Final); (,4.2.8.Final); false",
        "[4.2.8.Final,4.2.10.Final); (,4.2.8.Final]; true",
        "[4.2.8.Final,4.2.10.Final); 4.2.9.Final; true",
        "[4.2.8.Final,4.2.10.Final); 4.2.10.Final; false",
        "(,16); [11,); true",
        "[1,2); [2,3); false",
        "[1,2]; [2,3); true"
      })
  void overlaps(String range, String constraint, boolean expected) {
    assertEquals(expected, scheme.overlaps(range, constraint));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[4.2,4.3", "[4.2,,4.3)", "(4.2)", "[4.3,4.2]", " "})
  void malformedRangesAreRejectedReadably(String range) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> scheme.validateRange(range));
    assertTrue(e.getMessage().contains("Maven"), e.getMessage());
    assertTrue(e.getMessage().contains("[4.2.8.Final,4.2.10.Final)"), e.getMessage());
  }
}
