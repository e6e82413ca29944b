package io.github.sockcheck.python.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PEP 508 requirements as the manifests write them: each part read, its span in the line (where the
 * finding is placed), the pin a combination rule compares, and a readable reason for each malformed
 * form.
 */
class RequirementParserTest {

  private static String parts(Requirement r) {
    return r.name()
        + "|"
        + String.join("+", r.extras())
        + "|"
        + r.specifier()
        + "|"
        + r.marker()
        + "|"
        + r.url()
        + "|"
        + r.nameStart()
        + "-"
        + r.end()
        + "|"
        + r.pinnedVersion();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '^',
      quoteCharacter = '`',
      value = {
        "gunicorn==20.0.3 ^ gunicorn||==20.0.3|null|null|0-16|20.0.3",
        "`  Gunicorn == 20.0.3  ` ^ gunicorn||==20.0.3|null|null|2-20|20.0.3",
        "Friendly.Bard_x ^ friendly-bard-x|||null|null|0-15|null",
        "gevent[recommended, dnspython ] >= 1.3a2 , < 24 ^ gevent|recommended+dnspython|>=1.3a2,<24|null|null|0-47|null",
        "gevent [] ^ gevent|||null|null|0-9|null",
        "gevent (>=1.3,<2) ^ gevent||>=1.3,<2|null|null|0-17|null",
        "gevent===23.9.1 ^ gevent||===23.9.1|null|null|0-15|23.9.1",
        "gevent==23.9.* ^ gevent||==23.9.*|null|null|0-14|null",
        "gevent~=23.9 ^ gevent||~=23.9|null|null|0-12|null",
        "gevent==23.9.1,!=23.9.2 ^ gevent||==23.9.1,!=23.9.2|null|null|0-23|null",
        "gevent==21.12.0; python_version < \"3.7\" ^ gevent||==21.12.0|python_version < \"3.7\"|null|0-39|21.12.0",
        "gevent ;python_version<'3' ^ gevent|||python_version<'3'|null|0-26|null",
        "pip @ https://x.org/pip-1.3.1.zip#sha1=da9234ee ^ pip|||null|https://x.org/pip-1.3.1.zip#sha1=da9234ee|0-47|null",
        "pip @ file:///a;b.zip ; python_version >= '3' ^ pip|||python_version >= '3'|file:///a;b.zip|0-45|null",
        "x1 ^ x1|||null|null|0-2|null"
      })
  void partsOfARequirement(String text, String expected) {
    assertEquals(expected, parts(RequirementParser.parse(text)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '!',
      quoteCharacter = '`',
      value = {
        "`` ! expected a project name",
        "==1.0 ! expected a project name",
        "-gevent ! expected a project name",
        "gevent- ==1.0 ! a project name cannot end with '-'",
        "gevent. ! a project name cannot end with '.'",
        "gevent[dev ! unclosed '[' of extras",
        "gevent; ! empty environment marker after ';'",
        "`gevent ;  ` ! empty environment marker after ';'",
        "gevent @ ! missing URL after '@'",
        "gevent (>=1.0 ! unclosed '(' around the version specifier"
      })
  void malformedRequirementsSayWhy(String text, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RequirementParser.parse(text));
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '!',
      value = {"gevent >=> 1 ", "gevent 1.0", "gevent ==1.0,", "gevent == not-a-version"})
  void aSpecifierThatIsNotPep440IsRejected(String text) {
    assertThrows(IllegalArgumentException.class, () -> RequirementParser.parse(text));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '!',
      quoteCharacter = '`',
      value = {
        "`>= 1.0 , < 2` ! >=1.0,<2",
        "`== 1 . 0` ! ==1.0",
        "`a,,b` ! a,,b",
        "`,x` ! x",
        "`` ! ``"
      })
  void specifierSpacing(String spec, String expected) {
    assertEquals(expected, RequirementParser.normalizeSpecifier(spec));
  }

  @ParameterizedTest(name = "{0} pins {1}")
  @CsvSource(
      delimiter = '!',
      value = {
        "==1.0 ! 1.0",
        "=== 1.0 ! 1.0",
        " == 2.0 ! 2.0",
        "==1.* ! null",
        ">=1.0 ! null",
        "==1.0,<2 ! null",
        "~=1.0 ! null"
      })
  void pinnedVersion(String specifier, String expected) {
    Requirement r = new Requirement("x", java.util.List.of(), specifier, null, null, 0, 1);
    assertEquals(expected, String.valueOf(r.pinnedVersion()));
  }
}
