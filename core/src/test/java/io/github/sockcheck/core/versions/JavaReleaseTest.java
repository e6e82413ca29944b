package io.github.sockcheck.core.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JavaReleaseTest {

  @Test
  void oldSpellingIsTheRelease() {
    assertEquals("8", JavaRelease.normalize("1.8"));
    assertEquals("17", JavaRelease.normalize(" 17 "));
    assertEquals("1", JavaRelease.normalize("1"));
    assertEquals(8, JavaRelease.parse("1.8"));
    assertEquals(21, JavaRelease.parse("21"));
    assertNull(JavaRelease.parse("${java.version}"));
    assertNull(JavaRelease.parse(""));
    assertNull(JavaRelease.parse(null));
  }

  @Test
  void rangeTestsSeeTheNormalizedRelease() {
    assertTrue(RuntimeVersions.contains("java", "(,16)", "1.8"));
    assertFalse(RuntimeVersions.contains("java", "[9,)", "1.8"));
    assertTrue(RuntimeVersions.contains("java", "[16,)", "17"));
  }
}
