package io.github.sockcheck.core.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Pep440VersionSchemeTest {

  private final Pep440VersionScheme scheme = new Pep440VersionScheme();

  @Test
  void ecosystemIsPypi() {
    assertEquals("pypi", scheme.ecosystem());
  }

  /** The rule ranges of the Python rules against versions from the founding-case reference. */
  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        ">=19.4            | 19.3      | false",
        ">=19.4            | 19.4      | true",
        ">=19.4            | 26.1.0    | true",
        ">=19.4            | 24.0.0rc1 | true",
        ">=1.3a2           | 1.3a1     | false",
        ">=1.3a2           | 1.3a2     | true",
        ">=1.3a2           | 1.2.2     | false",
        ">=1.3a2           | 23.9.1    | true",
        ">=20.0.0,<20.0.4  | 20.0.3    | true",
        ">=20.0.0,<20.0.4  | 20.0.4    | false",
        ">=20.0.0,<20.0.4  | 19.9.0    | false",
        ">=19.7.0,<19.8.0  | 19.7.1    | true",
        ">=19.7.0,<19.8.0  | 19.8.0    | false",
        ">=19.7.0,<19.8.0  | 19.6.0    | false",
        ">=3.7             | 3.6.15    | false",
        ">=3.7             | 3.7.0b1   | false",
        ">=3.7.0b1         | 3.7.0b1   | true",
        ">=3.7             | 3.11      | true",
      })
  void containsExactVersions(String range, String version, boolean expected) {
    assertEquals(expected, scheme.contains(range, version));
  }

  @ParameterizedTest(name = "{0} overlaps {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        ">=19.4            | >=20            | true",
        ">=19.4            | <19.4           | false",
        ">=19.4            | ''              | true",
        ">=20.0.0,<20.0.4  | ==20.0.4        | false",
        ">=20.0.0,<20.0.4  | ~=20.0          | true",
        ">=20.0.0,<20.0.4  | >=20.0.4        | false",
        ">=20.0.0,<20.0.4  | <20             | false",
        ">=20.0.0,<20.0.4  | ==20.0.*        | true",
        ">=20.0.0,<20.0.4  | >20.0.3         | true", // 20.0.3.1 is in both
        ">=20.0.0,<20.0.4  | >20.0.2,<20.0.4 | true",
        ">=19.7.0,<19.8.0  | ==19.7.1        | true",
        ">=19.7.0,<19.8.0  | >=19.8          | false",
        ">=19.7.0,<19.8.0  | ~=19.6          | true",
        ">=1.3a2           | <1.3            | false",
        ">=1.3a2           | <1.3.1          | true",
        ">=1.3a2           | <=1.3a2         | true",
        ">1.0,<1.0.1       | ''              | true",
        ">1.0,<1.0.1       | !=1.0.0.*       | false",
        "!=1.*             | ~=1.2           | false",
        "!=1.5.*           | ~=1.4           | true",
        ">=2.0             | <2.0            | false",
        ">=3.7             | >=3.6           | true",
        ">=3.7             | ^3.6 | false",
        ">=3.7             | >=2.7,<3.7      | false",
        ">=3.7             | >=2.7,<3.7.1    | true",
        "==1.0+ubuntu.1    | >=1.0,<1.1      | true",
        "===weird          | ===weird        | true",
        "==1!1.0           | <2.0            | false",
        "==1!1.0           | >=2.0           | true",
      })
  void overlaps(String range, String constraint, boolean expected) {
    if (constraint.startsWith("^")) {
      assertThrows(IllegalArgumentException.class, () -> scheme.overlaps(range, constraint));
      return;
    }
    assertEquals(expected, scheme.overlaps(range, constraint));
  }

  @Test
  void validateRangeNamesTheProblem() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> scheme.validateRange(">=1.0,"));
    assertTrue(e.getMessage().contains(">=1.0,"));
    scheme.validateRange(">=19.4,<20");
    assertFalse(scheme.contains(">=1.0", "garbage"));
  }
}
