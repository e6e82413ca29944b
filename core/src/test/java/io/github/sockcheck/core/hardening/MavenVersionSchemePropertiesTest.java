package io.github.sockcheck.core.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.versions.MavenVersionScheme;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link MavenVersionScheme} on generated versions: a total order, ranges that agree with it at and
 * between their bounds, and malformed input that fails only with {@link IllegalArgumentException}.
 */
class MavenVersionSchemePropertiesTest {

  private static final MavenVersionScheme MAVEN = new MavenVersionScheme();

  @Property(tries = 300)
  void compareIsATotalOrder(@ForAll("versions") String a, @ForAll("versions") String b, @ForAll("versions") String c) {
    assertEquals(0, MAVEN.compare(a, a));
    assertEquals(Integer.signum(MAVEN.compare(a, b)), -Integer.signum(MAVEN.compare(b, a)), a + " vs " + b);
    List<String> sorted = new ArrayList<>(List.of(a, b, c));
    sorted.sort(MAVEN::compare);
    assertTrue(MAVEN.compare(sorted.get(0), sorted.get(2)) <= 0, "not transitive: " + sorted);
  }

  @Property(tries = 300)
  void aClosedRangeHoldsExactlyTheVersionsBetweenItsBounds(@ForAll("versions") String x, @ForAll("versions") String y,
      @ForAll("versions") String v) {
    Assume.that(MAVEN.compare(x, y) != 0);
    String low = MAVEN.compare(x, y) < 0 ? x : y;
    String high = low.equals(x) ? y : x;
    boolean between = MAVEN.compare(low, v) <= 0 && MAVEN.compare(v, high) <= 0;
    assertEquals(between, MAVEN.contains("[" + low + "," + high + "]", v), "[" + low + "," + high + "] contains " + v);
    boolean strictlyBetween = MAVEN.compare(low, v) < 0 && MAVEN.compare(v, high) < 0;
    assertEquals(strictlyBetween, MAVEN.contains("(" + low + "," + high + ")", v), "(" + low + "," + high + ") contains " + v);
  }

  @Property(tries = 200)
  void boundsAreInOrOutAsTheBracketsSay(@ForAll("versions") String x, @ForAll("versions") String y) {
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
  void overlapsAgreesWithTheOrder(@ForAll("versions") String x, @ForAll("versions") String y) {
    Assume.that(MAVEN.compare(x, y) < 0);
    assertTrue(MAVEN.overlaps("[" + x + "," + y + "]", "[" + y + ",)"));
    assertFalse(MAVEN.overlaps("[" + x + "," + y + ")", "[" + y + ",)"));
    assertTrue(MAVEN.overlaps("(," + y + "]", x));
    assertFalse(MAVEN.overlaps("(" + x + ",)", x));
  }

  @Property(tries = 300)
  void malformedRangesFailOnlyWithIllegalArgumentException(@ForAll("noise") String range, @ForAll("versions") String v) {
    try {
      MAVEN.validateRange(range);
      MAVEN.contains(range, v);
      MAVEN.overlaps(range, range);
    } catch (IllegalArgumentException expected) {
      assertFalse(expected.getMessage() == null || expected.getMessage().isBlank());
    }
  }

  @Provide
  Arbitrary<String> versions() {
    Arbitrary<String> number = Arbitraries.integers().between(0, 20).map(String::valueOf);
    Arbitrary<String> qualifier = Arbitraries.of("alpha", "beta", "milestone", "rc", "cr", "SNAPSHOT", "ga", "final",
        "Final", "release", "sp", "a1", "b2", "m3", "RC1", "jre", "android", "x");
    Arbitrary<String> part = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, number), net.jqwik.api.Tuple.of(1, qualifier));
    Arbitrary<String> separator = Arbitraries.of(".", ".", ".", "-");
    return Arbitraries.integers().between(1, 5).flatMap(n -> part.list().ofSize(n)
        .flatMap(parts -> separator.list().ofSize(n).map(seps -> {
          StringBuilder s = new StringBuilder(parts.get(0));
          for (int i = 1; i < n; i++) s.append(seps.get(i)).append(parts.get(i));
          return s.toString();
        })));
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.of("[", "]", "(", ")", ",", "1", "2.0", "-", ".", " ", "a", "SNAPSHOT", "", "\t", "[1,2]", "(,3)")
        .list().ofMaxSize(10).map(parts -> String.join("", parts));
  }
}
