package io.github.sockcheck.python.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Poetry constraints beyond the documented examples (ParsersTest): where the bump lands for zeros
 * and long versions, spacing, clauses passed through, alternatives, and the reason a constraint is
 * rejected.
 */
class PoetryConstraintTest {

  @ParameterizedTest(name = "poetry {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "^0.0.0 | >=0.0.0,<0.0.1",
        "^0.0.0.0 | >=0.0.0.0,<0.0.0.1",
        "^0.1.0 | >=0.1.0,<0.2.0",
        "^10.2 | >=10.2,<11.0",
        "^1.2.3.4 | >=1.2.3.4,<2.0.0.0",
        "^0.0.3.1 | >=0.0.3.1,<0.0.4.0",
        "^2.0.0rc1 | >=2.0.0rc1,<3.0.0",
        "~0 | >=0,<1",
        "~1.2.3.4 | >=1.2.3.4,<1.3.0.0",
        "~0.0.1 | >=0.0.1,<0.1.0",
        "~9.9 | >=9.9,<9.10",
        "`^ 1.2` | >=1.2,<2.0",
        "`~ 1.2` | >=1.2,<1.3",
        "`  >= 1.2  ` | >=1.2",
        "!=1.5 | !=1.5",
        "`< 2` | <2",
        "~= 1.4.2 | ~=1.4.2",
        "== 1.0 | ==1.0",
        "`1.2.3 >=1` | ==1.2.3,>=1",
        "`>=1,<2,!=1.5` | >=1,<2,!=1.5",
        "v1.2 | ==v1.2",
        "`*,>=1` | >=1",
        "`` | ``"
      })
  void constraints(String poetry, String pep440) {
    assertEquals(List.of(pep440), PoetryConstraint.toPep440(poetry));
  }

  @ParameterizedTest(name = "poetry {0} -> {1}")
  @CsvSource(
      delimiter = '!',
      value = {
        "^1.0 || ^2.0 ! >=1.0,<2.0 ; >=2.0,<3.0",
        "1.0||2.0 ! ==1.0 ; ==2.0",
        "* || >=3 ! ; >=3"
      })
  void alternatives(String poetry, String sets) {
    assertEquals(
        java.util.Arrays.stream(sets.split(";", -1)).map(String::strip).toList(),
        PoetryConstraint.toPep440(poetry));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "~ | invalid version ''",
        "^x1 | invalid version 'x1'",
        "^.1 | invalid version '.1'"
      })
  void badBoundsSayWhich(String poetry, String message) {
    assertEquals(
        message,
        assertThrows(IllegalArgumentException.class, () -> PoetryConstraint.toPep440(poetry))
            .getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '!',
      value = {"==foo", ">>1", "1.0 || =>2"})
  void clausesThatAreNotPep440AreRejected(String poetry) {
    assertThrows(IllegalArgumentException.class, () -> PoetryConstraint.toPep440(poetry));
  }
}
