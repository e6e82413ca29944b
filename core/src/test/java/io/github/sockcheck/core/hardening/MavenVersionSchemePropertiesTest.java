package io.github.sockcheck.core.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.versions.MavenVersionScheme;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link MavenVersionScheme} on generated release versions as Maven Central publishes them, which
 * is all sockcheck compares: a resolved dependency version against the bounds of a rule's range. A
 * release is a numeric core ({@code 4.2.9}, {@code 0.0.26}) and at most one qualifier in the
 * spellings projects use ({@code .Final}, {@code -M3}, {@code .CR1}, {@code -alpha.1}, {@code
 * -jre}, {@code -SP1}, a build number {@code -2}), optionally followed by {@code -SNAPSHOT}. On
 * these, the order must be total, a later core must win whatever the qualifiers, qualifiers must
 * sit before or after their release as Maven documents, and ranges must agree with the order.
 *
 * <p>The generator leaves out what {@code ComparableVersion} (maven-artifact 3.9.11) does not order
 * totally; those cycles are the dependency's, listed on {@link MavenVersionScheme}: versions that
 * start with a qualifier ({@code 0.alpha < 0.0 < ga.1 < 0.alpha}, jqwik seed 6832082646992081488 of
 * the earlier version of this test; MNG-6568 {@code 0-alpha > x > 0 > 0-alpha}) and a pre-release
 * label introduced by {@code .} whose number is split off after a zero ({@code 1.2 < 1.2-jre <
 * 1.2.0.alpha-1 < 1.2}).
 */
class MavenVersionSchemePropertiesTest {

  private static final MavenVersionScheme MAVEN = new MavenVersionScheme();

  /** Where a qualifier sorts relative to its bare release. */
  enum Kind {
    PRE_RELEASE,
    RELEASE,
    POST_RELEASE
  }

  /** A qualifier spelling; {@code #} stands for its number. */
  record Qualifier(String spelling, Kind kind) {}

  private static final List<Qualifier> QUALIFIERS =
      List.of(
          new Qualifier(".Alpha#", Kind.PRE_RELEASE),
          new Qualifier(".Beta#", Kind.PRE_RELEASE),
          new Qualifier(".CR#", Kind.PRE_RELEASE),
          new Qualifier(".M#", Kind.PRE_RELEASE),
          new Qualifier(".RC#", Kind.PRE_RELEASE),
          new Qualifier("-M#", Kind.PRE_RELEASE),
          new Qualifier("-RC#", Kind.PRE_RELEASE),
          new Qualifier("-rc#", Kind.PRE_RELEASE),
          new Qualifier("-alpha", Kind.PRE_RELEASE),
          new Qualifier("-alpha-#", Kind.PRE_RELEASE),
          new Qualifier("-alpha.#", Kind.PRE_RELEASE),
          new Qualifier("-beta-#", Kind.PRE_RELEASE),
          new Qualifier("-beta.#", Kind.PRE_RELEASE),
          new Qualifier("-rc.#", Kind.PRE_RELEASE),
          new Qualifier("-SNAPSHOT", Kind.PRE_RELEASE),
          new Qualifier("", Kind.RELEASE),
          new Qualifier(".0", Kind.RELEASE),
          new Qualifier(".Final", Kind.RELEASE),
          new Qualifier(".GA", Kind.RELEASE),
          new Qualifier(".RELEASE", Kind.RELEASE),
          new Qualifier("-final", Kind.RELEASE),
          new Qualifier(".SP#", Kind.POST_RELEASE),
          new Qualifier("-SP#", Kind.POST_RELEASE),
          new Qualifier("-#", Kind.POST_RELEASE),
          new Qualifier("-jre", Kind.POST_RELEASE),
          new Qualifier("-android", Kind.POST_RELEASE));

  /** A release version: numeric core, qualifier with its number, optional {@code -SNAPSHOT}. */
  record Release(List<Integer> core, Qualifier qualifier, int number, boolean snapshot) {
    String coreText() {
      return core.stream().map(String::valueOf).collect(Collectors.joining("."));
    }

    String qualifierText() {
      return qualifier.spelling().replace("#", String.valueOf(number));
    }

    @Override
    public String toString() {
      boolean addSnapshot = snapshot && !qualifier.spelling().equals("-SNAPSHOT");
      return coreText() + qualifierText() + (addSnapshot ? "-SNAPSHOT" : "");
    }
  }

  @Property(tries = 500)
  void compareIsATotalOrderOnReleases(
      @ForAll("releases") Release ra,
      @ForAll("releases") Release rb,
      @ForAll("releases") Release rc) {
    String a = ra.toString();
    String b = rb.toString();
    String c = rc.toString();
    assertEquals(0, MAVEN.compare(a, a), a);
    assertEquals(
        Integer.signum(MAVEN.compare(a, b)), -Integer.signum(MAVEN.compare(b, a)), a + " vs " + b);
    for (List<String> t :
        List.of(
            List.of(a, b, c),
            List.of(a, c, b),
            List.of(b, a, c),
            List.of(b, c, a),
            List.of(c, a, b),
            List.of(c, b, a))) {
      if (MAVEN.compare(t.get(0), t.get(1)) <= 0 && MAVEN.compare(t.get(1), t.get(2)) <= 0) {
        assertTrue(MAVEN.compare(t.get(0), t.get(2)) <= 0, "not transitive: " + t);
      }
      if (MAVEN.compare(t.get(0), t.get(1)) == 0) {
        assertEquals(
            Integer.signum(MAVEN.compare(t.get(0), t.get(2))),
            Integer.signum(MAVEN.compare(t.get(1), t.get(2))),
            "equal versions compare differently with a third: " + t);
      }
    }
  }

  @Property(tries = 300)
  void aLaterCoreWinsWhateverTheQualifiers(
      @ForAll("releases") Release a, @ForAll("releases") Release b) {
    int cores = compareCores(a.core(), b.core());
    Assume.that(cores != 0);
    assertEquals(cores, Integer.signum(MAVEN.compare(a.toString(), b.toString())), a + " vs " + b);
  }

  @Property(tries = 300)
  void qualifiersSortBeforeOrAfterTheirRelease(@ForAll("releases") Release r) {
    Assume.that(!r.snapshot());
    String release = r.coreText();
    int expected =
        switch (r.qualifier().kind()) {
          case PRE_RELEASE -> -1;
          case RELEASE -> 0;
          case POST_RELEASE -> 1;
        };
    assertEquals(
        expected, Integer.signum(MAVEN.compare(r.toString(), release)), r + " vs " + release);
    if (!r.qualifier().spelling().equals("-SNAPSHOT")) {
      assertTrue(
          MAVEN.compare(r + "-SNAPSHOT", r.toString()) < 0, r + "-SNAPSHOT comes before " + r);
    }
  }

  @Property(tries = 100)
  void preReleaseLabelsSortInMavensOrder(@ForAll("cores") List<Integer> core) {
    String release = new Release(core, QUALIFIERS.get(0), 0, false).coreText();
    List<String> ladder = List.of("-alpha-1", "-beta-1", "-M1", "-RC1", "-SNAPSHOT", "", "-SP1");
    for (int i = 0; i + 1 < ladder.size(); i++) {
      String lower = release + ladder.get(i);
      String higher = release + ladder.get(i + 1);
      assertTrue(MAVEN.compare(lower, higher) < 0, lower + " < " + higher);
    }
  }

  @Property(tries = 300)
  void aClosedRangeHoldsExactlyTheVersionsBetweenItsBounds(
      @ForAll("releases") Release rx,
      @ForAll("releases") Release ry,
      @ForAll("releases") Release rv) {
    String x = rx.toString();
    String y = ry.toString();
    String v = rv.toString();
    Assume.that(MAVEN.compare(x, y) != 0);
    String low = MAVEN.compare(x, y) < 0 ? x : y;
    String high = low.equals(x) ? y : x;
    boolean between = MAVEN.compare(low, v) <= 0 && MAVEN.compare(v, high) <= 0;
    assertEquals(
        between,
        MAVEN.contains("[" + low + "," + high + "]", v),
        "[" + low + "," + high + "] contains " + v);
    boolean strictlyBetween = MAVEN.compare(low, v) < 0 && MAVEN.compare(v, high) < 0;
    assertEquals(
        strictlyBetween,
        MAVEN.contains("(" + low + "," + high + ")", v),
        "(" + low + "," + high + ") contains " + v);
  }

  @Property(tries = 200)
  void boundsAreInOrOutAsTheBracketsSay(
      @ForAll("releases") Release rx, @ForAll("releases") Release ry) {
    String x = rx.toString();
    String y = ry.toString();
    Assume.that(MAVEN.compare(x, y) < 0);
    assertTrue(MAVEN.contains("[" + x + "," + y + ")", x));
    assertFalse(MAVEN.contains("[" + x + "," + y + ")", y));
    assertFalse(MAVEN.contains("(" + x + "," + y + "]", x));
    assertTrue(MAVEN.contains("(" + x + "," + y + "]", y));
    assertTrue(MAVEN.contains("(," + y + ")", x));
    assertFalse(MAVEN.contains("(," + x + ")", y));
    assertTrue(MAVEN.contains(x, x), "a bare version is that version");
    assertFalse(MAVEN.contains(x, y), "a bare version is only that version");
  }

  @Property(tries = 200)
  void overlapsAgreesWithTheOrder(@ForAll("releases") Release rx, @ForAll("releases") Release ry) {
    String x = rx.toString();
    String y = ry.toString();
    Assume.that(MAVEN.compare(x, y) < 0);
    assertTrue(MAVEN.overlaps("[" + x + "," + y + "]", "[" + y + ",)"));
    assertFalse(MAVEN.overlaps("[" + x + "," + y + ")", "[" + y + ",)"));
    assertTrue(MAVEN.overlaps("(," + y + "]", x));
    assertFalse(MAVEN.overlaps("(" + x + ",)", x));
  }

  @Property(tries = 300)
  void malformedRangesFailOnlyWithIllegalArgumentException(
      @ForAll("noise") String range, @ForAll("releases") Release v) {
    try {
      MAVEN.validateRange(range);
      MAVEN.contains(range, v.toString());
      MAVEN.overlaps(range, range);
    } catch (IllegalArgumentException expected) {
      assertFalse(expected.getMessage() == null || expected.getMessage().isBlank());
    }
  }

  /** Numeric comparison of two cores, missing parts counting as 0 (Maven's {@code 1.0 == 1}). */
  private static int compareCores(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      int x = i < a.size() ? a.get(i) : 0;
      int y = i < b.size() ? b.get(i) : 0;
      if (x != y) return x < y ? -1 : 1;
    }
    return 0;
  }

  @Provide
  Arbitrary<List<Integer>> cores() {
    // Small numbers often, so that versions share prefixes and meet at their boundaries.
    Arbitrary<Integer> number =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 120));
    return number.list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<Release> releases() {
    return Combinators.combine(
            cores(),
            Arbitraries.of(QUALIFIERS),
            Arbitraries.integers().between(1, 12),
            Arbitraries.of(false, false, false, true))
        .as(Release::new);
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.of(
            "[",
            "]",
            "(",
            ")",
            ",",
            "1",
            "2.0",
            "-",
            ".",
            " ",
            "a",
            "SNAPSHOT",
            "",
            "\t",
            "[1,2]",
            "(,3)")
        .list()
        .ofMaxSize(10)
        .map(parts -> String.join("", parts));
  }
}
