package io.github.sockcheck.python.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sockcheck.python.manifest.MarkerEvaluator.Truth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PEP 508 markers against a known interpreter: every operator on both sides of its boundary, the
 * three-valued {@code and}/{@code or}, and a message for each kind of malformed marker (a
 * requirement whose marker does not parse is reported, not silently kept or dropped).
 */
class MarkerEvaluatorTest {

  @ParameterizedTest(name = "Python {0}: {1} is {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "3.9.1 | python_version == '3.9' | TRUE",
        "3.9.1 | python_version == '3.9.1' | FALSE",
        "3.9.1 | python_version != '3.9' | FALSE",
        "3.9.1 | python_version != '3.8' | TRUE",
        "3.9.1 | python_version > '3.8' | TRUE",
        "3.9.1 | python_version > '3.9' | FALSE",
        "3.9.1 | python_version >= '3.9' | TRUE",
        "3.9.1 | python_version >= '3.10' | FALSE",
        "3.9.1 | python_version < '3.10' | TRUE",
        "3.9.1 | python_version < '3.9' | FALSE",
        "3.9.1 | python_version <= '3.9' | TRUE",
        "3.9.1 | python_version <= '3.8' | FALSE",
        "3.9.1 | python_version ~= '3.9' | TRUE",
        "3.9.1 | python_version ~= '3.10' | FALSE",
        "3.9.1 | python_full_version == '3.9.1' | TRUE",
        "3.9.1 | python_full_version < '3.9.1' | FALSE",
        "3.9.1 | python_full_version >= '3.9.1' | TRUE",
        "3.9.1 | python_full_version === '3.9.1' | TRUE",
        "3.9.1 | python_full_version === '3.9.1.0' | FALSE",
        "3.9.1 | python_full_version ~= '3' | UNKNOWN",
        "3.9.1 | python_version>='3.7' | TRUE",
        "3.9.1 | '3.9' in python_version | TRUE",
        "3.9.1 | '3.8' in python_version | FALSE",
        "3.9.1 | '3.9' not in python_version | FALSE",
        "3.9.1 | '3.8' not in python_version | TRUE",
        "3.9.1 | 'linux' == 'linux' | TRUE",
        "3.9.1 | 'linux' == 'win32' | FALSE",
        "3.9.1 | 'linux' != 'win32' | TRUE",
        "3.9.1 | 'linux' != 'linux' | FALSE",
        "3.9.1 | 'linux' < 'win32' | UNKNOWN",
        "3.9.1 | sys_platform == 'linux' | UNKNOWN",
        "3.9.1 | extra == 'test' | UNKNOWN",
        "3.9.1 | os.name == 'posix' | UNKNOWN",
        "3.9.1 | 'x' in sys_platform | UNKNOWN",
        // the major and minor of the interpreter, with .0 for a one-number version; the full
        // version stripped
        "3 | python_version == '3.0' | TRUE",
        "\" 3.11.4 \" | python_full_version === '3.11.4' | TRUE",
        "3.11.4 | python_version === '3.11' | TRUE",
        "nonsense | python_version < '3.7' | UNKNOWN",
        "nonsense | python_full_version == '3.7' | UNKNOWN",
      })
  void comparisons(String interpreter, String marker, Truth expected) {
    assertEquals(expected, new MarkerEvaluator(interpreter).evaluate(marker));
  }

  @ParameterizedTest(name = "{0} and {1} is {2}, or is {3}")
  @CsvSource({
    "TRUE, TRUE, TRUE, TRUE",
    "TRUE, FALSE, FALSE, TRUE",
    "FALSE, TRUE, FALSE, TRUE",
    "FALSE, FALSE, FALSE, FALSE",
    "TRUE, UNKNOWN, UNKNOWN, TRUE",
    "UNKNOWN, TRUE, UNKNOWN, TRUE",
    "FALSE, UNKNOWN, FALSE, UNKNOWN",
    "UNKNOWN, FALSE, FALSE, UNKNOWN",
    "UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN"
  })
  void threeValuedLogic(Truth left, Truth right, Truth and, Truth or) {
    MarkerEvaluator py39 = new MarkerEvaluator("3.9");
    assertEquals(and, py39.evaluate(marker(left) + " and " + marker(right)));
    assertEquals(or, py39.evaluate(marker(left) + " or " + marker(right)));
    assertEquals(and, py39.evaluate("(" + marker(left) + ") and (" + marker(right) + ")"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // and binds tighter than or
        "python_version < '3' and sys_platform == 'x' or python_version == '3.9' | TRUE",
        "python_version == '3.9' or sys_platform == 'x' and python_version < '3' | TRUE",
        "(python_version == '3.9' or sys_platform == 'x') and python_version < '3' | FALSE",
        "python_version < '3' or python_version < '3.1' or python_version < '3.2' | FALSE",
        "python_version > '3' and python_version > '3.1' and python_version < '3.2' | FALSE"
      })
  void precedenceAndChains(String marker, Truth expected) {
    assertEquals(expected, new MarkerEvaluator("3.9").evaluate(marker));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "python_version | marker ends too early",
        "python_version < | marker ends too early",
        "python_version < '3' ) | unexpected ')' in marker",
        "python_version < '3' python_version | unexpected 'python_version' in marker",
        "(python_version < '3' | expected ')' in marker",
        "python_version not '3' | expected 'in' in marker",
        "python_version @ '3' | unexpected '@' in marker",
        "python_version < '3 | unterminated string in marker",
        "python_version like '3' | unknown marker operator 'like'",
        "colour == 'red' | unknown marker variable 'colour'"
      })
  void malformedMarkersSayWhy(String marker, String message) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new MarkerEvaluator("3.9").evaluate(marker));
    assertEquals(message, e.getMessage());
  }

  private static String marker(Truth t) {
    return switch (t) {
      case TRUE -> "python_version == '3.9'";
      case FALSE -> "python_version < '3'";
      case UNKNOWN -> "sys_platform == 'linux'";
    };
  }
}
