package io.github.sockcheck.core.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PEP 440 "Version specifiers" examples; section names in the test names. */
class Pep440SpecifierTest {

  private static boolean admits(String set, String version) {
    return Pep440SpecifierSet.parse(set).contains(Pep440Version.parse(version));
  }

  private static boolean admitsWithPre(String set, String version) {
    return Pep440SpecifierSet.parse(set).contains(Pep440Version.parse(version), true);
  }

  /** "Compatible release": ~=V.N is >=V.N, ==V.* — checked on versions around each boundary. */
  @ParameterizedTest(name = "compatible release {0} == {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "~=2.2       | >=2.2,==2.*",
        "~=1.4.5     | >=1.4.5,==1.4.*",
        "~=2.2.post3 | >=2.2.post3,==2.*",
        "~=1.4.5a4   | >=1.4.5a4,==1.4.*",
        "~=2.2.0     | >=2.2.0,==2.2.*",
        "~=1.4.5.0   | >=1.4.5.0,==1.4.5.*",
      })
  void compatibleRelease_equivalences(String compatible, String expanded) {
    String[] probes = {
      "1.0",
      "1.4.4",
      "1.4.5a3",
      "1.4.5a4",
      "1.4.5",
      "1.4.5.0",
      "1.4.5.1",
      "1.4.6",
      "1.4.99",
      "1.5",
      "1.5.0a1",
      "2.1",
      "2.2",
      "2.2.post2",
      "2.2.post3",
      "2.2.0",
      "2.2.1",
      "2.3",
      "2.9.9",
      "3.0",
      "3.0a1"
    };
    for (String probe : probes) {
      assertEquals(
          admitsWithPre(expanded, probe),
          admitsWithPre(compatible, probe),
          compatible + " on " + probe);
      assertEquals(
          admits(expanded, probe),
          admits(compatible, probe),
          compatible + " on " + probe + " (default pre policy)");
    }
    assertTrue(admits("~=2.2", "2.9"));
    assertFalse(admits("~=2.2", "3.0"));
    assertTrue(admits("~=1.4.5a4", "1.4.5a4"));
    assertFalse(admits("~=1.4.5a4", "1.5.0"));
  }

  @Test
  void compatibleRelease_singleSegmentIsInvalid() {
    assertThrows(IllegalArgumentException.class, () -> Pep440Specifier.parse("~=1"));
    assertThrows(IllegalArgumentException.class, () -> Pep440Specifier.parse("~=1.0.*"));
  }

  /** "Version matching": the spec's 1.1.post1 example plus zero padding. */
  @Test
  void versionMatching_examples() {
    assertTrue(admits("==1.1.post1", "1.1.post1"));
    assertTrue(admits("==1.1.*", "1.1.post1"));
    assertFalse(admits("==1.1", "1.1.post1"));
    assertTrue(admits("==1.1", "1.1.0"));
    assertTrue(admits("==1.1.0", "1.1"));
    assertTrue(admits("==1.1.*", "1.1"));
    assertTrue(admits("==1.1.*", "1.1.5"));
    assertFalse(admits("==1.1.*", "1.10"));
    assertFalse(admits("==1.1.*", "1.2"));
    assertFalse(admits("==1.1.*", "1.1a1"), "pre-release excluded by default");
    assertTrue(admitsWithPre("==1.1.*", "1.1a1"));
    assertTrue(admits("==1.*", "1"), "candidate release zero-padded for prefix matching");
    assertTrue(admits("==1.0.*", "1"));
  }

  /**
   * "Version matching" of local versions: a specifier without a local label ignores the
   * candidate's.
   */
  @Test
  void versionMatching_localVersions() {
    assertTrue(admits("==1.0", "1.0+ubuntu.1"));
    assertTrue(admits("==1.0+ubuntu.1", "1.0+ubuntu.1"));
    assertFalse(admits("==1.0+ubuntu.1", "1.0"));
    assertFalse(admits("==1.0+ubuntu.1", "1.0+ubuntu.2"));
    assertTrue(admits("==1.0.*", "1.0+ubuntu.1"));
    assertThrows(IllegalArgumentException.class, () -> Pep440Specifier.parse(">=1.0+local"));
    assertThrows(IllegalArgumentException.class, () -> Pep440Specifier.parse("==1.0+local.*"));
    assertThrows(IllegalArgumentException.class, () -> Pep440Specifier.parse("==1.0.dev1.*"));
  }

  /** "Version exclusion": the spec's 1.1.post1 example. */
  @Test
  void versionExclusion_examples() {
    assertFalse(admits("!=1.1.post1", "1.1.post1"));
    assertFalse(admits("!=1.1.*", "1.1.post1"));
    assertTrue(admits("!=1.1", "1.1.post1"));
    assertFalse(admits("!=1.0", "1.0+local"));
    assertTrue(admits("!=1.1.*", "1.10"));
  }

  /** "Inclusive ordered comparison": local labels of the candidate are ignored. */
  @Test
  void inclusiveOrderedComparison() {
    assertTrue(admits(">=1.0", "1.0"));
    assertTrue(admits("<=1.0", "1.0+local"));
    assertTrue(admits(">=1.0", "1.0+local"));
    assertFalse(admits("<=1.0", "1.0.post1"));
    assertTrue(admits(">=19.4", "19.4.0"));
    assertFalse(admits(">=19.4", "19.3.9"));
  }

  /**
   * "Exclusive ordered comparison": >V excludes post and local releases of V; <V excludes
   * pre-releases of V.
   */
  @Test
  void exclusiveOrderedComparison() {
    assertTrue(admits(">1.7", "1.7.1"));
    assertFalse(admits(">1.7", "1.7.0.post1"));
    assertFalse(admits(">1.7", "1.7.0+local"));
    assertFalse(admits(">1.7", "1.7"));
    assertTrue(admits(">1.7.post2", "1.7.1"));
    assertTrue(admits(">1.7.post2", "1.7.0.post3"));
    assertFalse(admits(">1.7.post2", "1.7.0"));
    assertFalse(admitsWithPre("<3.0", "3.0a1"), "a pre-release of V itself");
    assertTrue(admitsWithPre("<3.0", "2.9a1"));
    assertTrue(admits("<3.0rc1", "3.0a1"), "allowed when V is itself a pre-release");
    assertTrue(admits("<3.0", "2.99"));
    assertFalse(admits("<3.0", "3.0+local"));
  }

  /** "Arbitrary equality": plain string identity. */
  @Test
  void arbitraryEquality() {
    Pep440SpecifierSet set = Pep440SpecifierSet.parse("===foobar");
    assertTrue(set.contains("foobar", false));
    assertTrue(set.contains("FooBar", false));
    assertFalse(set.contains("foobaz", false));
    assertTrue(Pep440SpecifierSet.parse("===1.0").contains("1.0", false));
    assertFalse(Pep440SpecifierSet.parse("===1.0").contains("1.0.0", false));
    assertFalse(Pep440SpecifierSet.parse(">=1.0").contains("not-a-version", true));
  }

  /** "Handling of pre-releases": excluded unless a clause names one or the caller allows them. */
  @Test
  void handlingOfPreReleases() {
    assertFalse(admits(">=1.0", "2.0a1"));
    assertFalse(admits(">=1.0", "2.0.dev1"));
    assertTrue(admitsWithPre(">=1.0", "2.0a1"));
    assertTrue(admits(">=1.3a2", "1.3a2"));
    assertTrue(admits(">=1.3a2", "1.3b1"));
    assertTrue(admits(">=1.3a2", "1.3.0"));
    assertFalse(admits(">=1.3a2", "1.3a1"));
    assertFalse(
        admits("!=1.3a1", "1.4a1"), "!= naming a pre-release does not switch pre-releases on");
  }

  @ParameterizedTest(name = "invalid specifier set {0}")
  @ValueSource(
      strings = {
        "1.0",
        ">=",
        ">=1.0,",
        "=>1.0",
        ">=1.0.*",
        "~=1",
        "<1.0+x",
        "== 1.0 .*x",
        "==1.0,,<2"
      })
  void invalidSpecifierSets(String text) {
    assertThrows(IllegalArgumentException.class, () -> Pep440SpecifierSet.parse(text));
  }

  @Test
  void whitespaceAndEmptySets() {
    assertTrue(admits(" >= 1.0 , < 2 ", "1.5"));
    assertTrue(admits("", "1.5"));
    assertTrue(admits("*", "1.5"));
    assertEquals(">=1.0,<2", Pep440SpecifierSet.parse(">= 1.0, <2").toString());
  }
}
