package io.github.sockcheck.core.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples from PEP 440 (section names in the test names). */
class Pep440VersionTest {

  /** "Summary of permitted suffixes and relative ordering": the spec's example list, ascending. */
  @Test
  void summaryOfPermittedSuffixesAndRelativeOrdering_exampleListIsAscending() {
    List<String> ordered =
        List.of(
            "1.dev0",
            "1.0.dev456",
            "1.0a1",
            "1.0a2.dev456",
            "1.0a12.dev456",
            "1.0a12",
            "1.0b1.dev456",
            "1.0b2",
            "1.0b2.post345.dev456",
            "1.0b2.post345",
            "1.0rc1.dev456",
            "1.0rc1",
            "1.0",
            "1.0+abc.5",
            "1.0+abc.7",
            "1.0+5",
            "1.0.post456.dev34",
            "1.0.post456",
            "1.0.15",
            "1.1.dev1");
    for (int i = 0; i < ordered.size(); i++) {
      for (int j = 0; j < ordered.size(); j++) {
        int c = Pep440Version.parse(ordered.get(i)).compareTo(Pep440Version.parse(ordered.get(j)));
        assertEquals(
            Integer.signum(Integer.compare(i, j)),
            Integer.signum(c),
            ordered.get(i) + " vs " + ordered.get(j));
      }
    }
  }

  @Test
  void epochs_sortBeforeEverythingElse() {
    assertTrue(Pep440Version.parse("1!1.0").compareTo(Pep440Version.parse("2013.10")) > 0);
    assertTrue(Pep440Version.parse("2013.10").compareTo(Pep440Version.parse("0!2014.1")) < 0);
    assertEquals("1!1.0", Pep440Version.parse("1!1.0").toString());
    assertEquals("1.0", Pep440Version.parse("0!1.0").toString());
  }

  @Test
  void finalReleases_releaseSegmentsZeroPadded() {
    assertEquals(Pep440Version.parse("1.0"), Pep440Version.parse("1.0.0"));
    assertEquals(Pep440Version.parse("1.0").hashCode(), Pep440Version.parse("1.0.0").hashCode());
    assertTrue(
        Pep440Version.parse("1.10").compareTo(Pep440Version.parse("1.9")) > 0,
        "numeric, not textual");
  }

  /** "Normalization": each spelling and its normal form. */
  @ParameterizedTest(name = "normalization {0} -> {1}")
  @CsvSource({
    "1.0A1, 1.0a1",
    "1.0RC1, 1.0rc1",
    "00, 0",
    "09000, 9000",
    "1.0.02, 1.0.2",
    "1.1.a1, 1.1a1",
    "1.1-a1, 1.1a1",
    "1.1_a1, 1.1a1",
    "1.0a.1, 1.0a1",
    "1.0alpha1, 1.0a1",
    "1.0beta2, 1.0b2",
    "1.0c1, 1.0rc1",
    "1.0pre1, 1.0rc1",
    "1.0preview1, 1.0rc1",
    "1.2a, 1.2a0",
    "1.2.post2, 1.2.post2",
    "1.2-post2, 1.2.post2",
    "1.2post2, 1.2.post2",
    "1.2.post, 1.2.post0",
    "1.0-r4, 1.0.post4",
    "1.0-rev4, 1.0.post4",
    "1.0-1, 1.0.post1",
    "1.2-dev2, 1.2.dev2",
    "1.2dev2, 1.2.dev2",
    "1.2.dev, 1.2.dev0",
    "1.0+ubuntu-1, 1.0+ubuntu.1",
    "1.0+Ubuntu_1, 1.0+ubuntu.1",
    "v1.0, 1.0",
    "V1.0, 1.0",
    "' 1.0 ', 1.0",
    "1!2.0rc1.post3.dev4+local.7, 1!2.0rc1.post3.dev4+local.7",
  })
  void normalization(String spelled, String normal) {
    Pep440Version v = Pep440Version.parse(spelled);
    assertEquals(normal, v.toString());
    assertEquals(Pep440Version.parse(normal), v);
  }

  @ParameterizedTest(name = "invalid {0}")
  @ValueSource(
      strings = {
        "",
        "abc",
        "1.0-",
        "1.0+",
        "1..0",
        "1.0+ubuntu..1",
        "1.0 a1",
        "dev",
        "1.0.dev1.post1",
        "-1.0"
      })
  void invalidVersionsAreRejected(String text) {
    assertNull(Pep440Version.tryParse(text));
    assertThrows(IllegalArgumentException.class, () -> Pep440Version.parse(text));
  }

  @Test
  void localVersionIdentifiers_ordering() {
    assertTrue(
        Pep440Version.parse("1.0+abc").compareTo(Pep440Version.parse("1.0+abc.1")) < 0,
        "shorter prefix first");
    assertTrue(
        Pep440Version.parse("1.0+zzz").compareTo(Pep440Version.parse("1.0+1")) < 0,
        "numeric above alphanumeric");
    assertTrue(
        Pep440Version.parse("1.0+2").compareTo(Pep440Version.parse("1.0+10")) < 0,
        "numeric as integers");
    assertEquals(Pep440Version.parse("1.0+ubuntu.01"), Pep440Version.parse("1.0+ubuntu.1"));
  }

  @Test
  void preAndDevReleasesArePreReleases() {
    assertTrue(Pep440Version.parse("1.3a2").isPreRelease());
    assertTrue(Pep440Version.parse("1.3.dev0").isPreRelease());
    assertTrue(Pep440Version.parse("1.3.post1.dev0").isPreRelease());
    assertFalse(Pep440Version.parse("1.3.post1").isPreRelease());
    assertFalse(Pep440Version.parse("1.3+local").isPreRelease());
  }
}
