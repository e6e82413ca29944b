package io.github.sockcheck.core.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.sockcheck.core.versions.Pep440SpecifierSet;
import io.github.sockcheck.core.versions.Pep440Version;
import io.github.sockcheck.core.versions.Pep440VersionScheme;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * PEP 440 parsing on generated text (manifests are user input): versions either parse or are
 * rejected ({@code tryParse} null, {@code parse} {@link IllegalArgumentException}); specifier sets
 * and the version scheme fail only with {@link IllegalArgumentException} carrying a message. The
 * ordering properties of well-formed versions are in {@code Pep440VersionPropertiesTest}.
 */
class Pep440FuzzTest {

  private static final String[] FRAGMENTS = {
    "==",
    "===",
    "!=",
    "~=",
    ">=",
    "<=",
    ">",
    "<",
    ".*",
    "*",
    ",",
    " ",
    "\t",
    "1",
    "0",
    "20",
    "2!",
    "v",
    "V",
    ".",
    "-",
    "_",
    "a",
    "b",
    "c",
    "rc",
    "alpha",
    "beta",
    "pre",
    "preview",
    "post",
    "rev",
    "r",
    "dev",
    "+",
    "local",
    "ubuntu",
    "!",
    "(",
    ")",
    ";",
    "python_version",
    "\"",
    "'",
    "\u0661",
    "\u00bd",
    "9".repeat(40),
    "é",
    "\u0000"
  };

  private static final Pep440VersionScheme SCHEME = new Pep440VersionScheme();

  @Property(tries = 500)
  void versionsParseOrAreRejected(@ForAll("noise") String text) {
    Pep440Version v = Pep440Version.tryParse(text);
    try {
      Pep440Version parsed = Pep440Version.parse(text);
      assertNotNull(v, "parse accepted what tryParse rejected: " + text);
      assertEquals(v, parsed);
      assertEquals(v, Pep440Version.parse(v.toString()), "the normal form parses back: " + v);
    } catch (IllegalArgumentException e) {
      assertEquals(null, v, "tryParse accepted what parse rejected: " + text);
      assertFalse(e.getMessage().isBlank());
    }
  }

  @Property(tries = 500)
  void specifierSetsFailOnlyWithIllegalArgumentException(
      @ForAll("noise") String text, @ForAll("noise") String version) {
    try {
      Pep440SpecifierSet set = Pep440SpecifierSet.parse(text);
      set.contains(version, true);
      set.contains(version, false);
      set.mentionsPreRelease();
      assertEquals(
          set.toString(),
          Pep440SpecifierSet.parse(set.toString()).toString(),
          "normal form is stable");
    } catch (IllegalArgumentException e) {
      assertFalse(
          e.getMessage() == null || e.getMessage().isBlank(),
          "a message tells the user what is wrong");
    }
  }

  @Property(tries = 300)
  void theSchemeFailsOnlyWithIllegalArgumentException(
      @ForAll("noise") String range, @ForAll("noise") String other) {
    try {
      SCHEME.validateRange(range);
      SCHEME.contains(range, other);
      SCHEME.overlaps(range, other);
      SCHEME.overlaps(other, range);
    } catch (IllegalArgumentException e) {
      assertFalse(e.getMessage() == null || e.getMessage().isBlank());
    }
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.oneOf(
        Arbitraries.of(FRAGMENTS).list().ofMaxSize(12).map(parts -> String.join("", parts)),
        Arbitraries.strings().ofMaxLength(30));
  }
}
