package io.github.sockcheck.core.versions;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;

/**
 * Ordering consistency of {@link Pep440Version}: round trip through the normal form and a total
 * order.
 */
class Pep440VersionPropertiesTest {

  @Property(tries = 300)
  void parseOfFormatIsIdentity(@ForAll("versions") Pep440Version v) {
    Pep440Version again = Pep440Version.parse(v.toString());
    Assertions.assertEquals(v, again);
    Assertions.assertEquals(v.toString(), again.toString());
    Assertions.assertEquals(v.hashCode(), again.hashCode());
  }

  @Property(tries = 300)
  void compareIsAntisymmetricAndConsistentWithEquals(
      @ForAll("versions") Pep440Version a, @ForAll("versions") Pep440Version b) {
    Assertions.assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
    Assertions.assertEquals(a.compareTo(b) == 0, a.equals(b));
    if (a.equals(b)) Assertions.assertEquals(a.hashCode(), b.hashCode());
  }

  @Property(tries = 300)
  void compareIsTransitive(
      @ForAll("versions") Pep440Version a,
      @ForAll("versions") Pep440Version b,
      @ForAll("versions") Pep440Version c) {
    List<Pep440Version> sorted = new ArrayList<>(List.of(a, b, c));
    sorted.sort(null);
    Assertions.assertTrue(sorted.get(0).compareTo(sorted.get(1)) <= 0);
    Assertions.assertTrue(sorted.get(1).compareTo(sorted.get(2)) <= 0);
    Assertions.assertTrue(sorted.get(0).compareTo(sorted.get(2)) <= 0);
  }

  @Property(tries = 200)
  void aVersionSatisfiesEqualityWithItself(@ForAll("versions") Pep440Version v) {
    Assertions.assertTrue(Pep440SpecifierSet.parse("==" + v).contains(v, true));
    Assertions.assertTrue(Pep440SpecifierSet.parse(">=" + v.publicVersion()).contains(v, true));
  }

  @Provide
  Arbitrary<Pep440Version> versions() {
    Arbitrary<BigInteger> small = Arbitraries.integers().between(0, 12).map(BigInteger::valueOf);
    Arbitrary<BigInteger> epoch =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(8, Arbitraries.just(BigInteger.ZERO)),
            net.jqwik.api.Tuple.of(
                1, Arbitraries.integers().between(1, 2).map(BigInteger::valueOf)));
    Arbitrary<List<BigInteger>> release = small.list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<Pep440Version.PreLabel> label =
        Arbitraries.of(Pep440Version.PreLabel.class).injectNull(0.5);
    Arbitrary<BigInteger> optional = small.injectNull(0.6);
    Arbitrary<List<String>> local =
        Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcxyz").ofMinLength(1).ofMaxLength(3),
                small.map(BigInteger::toString))
            .list()
            .ofMaxSize(2)
            .injectNull(0.0);
    return Combinators.combine(epoch, release, label, small, optional, optional, local)
        .as(
            (e, r, l, n, post, dev, loc) ->
                new Pep440Version(e, r, l, l == null ? null : n, post, dev, loc));
  }
}
