package io.github.sockcheck.core.versions;

import io.github.sockcheck.core.facts.Ecosystem;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * PyPI version semantics: PEP 440 versions and specifier sets.
 *
 * <p>{@link #contains}: an exact version (pinned or locked) is a fact about what is installed, so a
 * pre-release version is tested like any other (PEP 440: pre-releases "already present on the
 * system" are accepted).
 *
 * <p>{@link #overlaps}: is there a version the declared {@code constraint} lets an installer pick
 * (with the default pre-release policy: only when the constraint names a pre-release) that the
 * rule's {@code range} contains? Specifier sets are intersections of intervals with finitely many
 * holes ({@code !=V}, {@code !=V.*}), all of whose end points are derived from the clause versions.
 * So the candidates are every clause version of either set plus its near neighbours: the version
 * itself and its dev/pre/post variants, the next and previous release at every release depth, and a
 * version just above the release ({@code V.0…0.1}) that is larger than all of V's post releases.
 * Every candidate is tested for membership in both sets, so a "yes" is always backed by a concrete
 * version (sound); a "no" could in theory miss an overlap that exists only between two neighbours
 * of a boundary, which the neighbours above make impossible for the operators PEP 440 defines.
 */
public final class Pep440VersionScheme implements VersionScheme {

  private static final BigInteger HUGE = new BigInteger("999999999");

  @Override
  public String ecosystem() {
    return Ecosystem.PYPI.id();
  }

  @Override
  public boolean contains(String range, String version) {
    return Pep440SpecifierSet.parse(range).contains(version, true);
  }

  @Override
  public boolean overlaps(String range, String constraint) {
    Pep440SpecifierSet affected = Pep440SpecifierSet.parse(range);
    Pep440SpecifierSet declared = Pep440SpecifierSet.parse(constraint);
    for (String text : arbitraryOperands(affected, declared)) {
      if (affected.contains(text, true) && declared.contains(text, false)) return true;
    }
    for (Pep440Version candidate : candidates(affected, declared)) {
      if (affected.contains(candidate, true) && declared.contains(candidate, false)) return true;
    }
    return false;
  }

  @Override
  public void validateRange(String range) {
    Pep440SpecifierSet.parse(range);
  }

  private static List<String> arbitraryOperands(Pep440SpecifierSet a, Pep440SpecifierSet b) {
    List<String> out = new ArrayList<>();
    for (Pep440SpecifierSet set : List.of(a, b)) {
      for (Pep440Specifier clause : set.clauses()) {
        if (clause.operator() == Pep440Specifier.Operator.ARBITRARY) out.add(clause.operandText());
      }
    }
    return out;
  }

  /** Candidate versions near every boundary of both sets (see the class comment). */
  static Set<Pep440Version> candidates(Pep440SpecifierSet a, Pep440SpecifierSet b) {
    List<Pep440Version> boundaries = new ArrayList<>();
    for (Pep440SpecifierSet set : List.of(a, b)) {
      for (Pep440Specifier clause : set.clauses()) {
        Pep440Version v = clause.version();
        if (v == null) continue;
        boundaries.add(v);
        if (clause.operator() == Pep440Specifier.Operator.COMPATIBLE)
          boundaries.add(next(v, v.release().size() - 1));
        if (clause.prefix()) boundaries.add(next(v, v.release().size()));
      }
    }
    int depth = 1;
    for (Pep440Version v : boundaries) depth = Math.max(depth, v.release().size());
    Set<Pep440Version> out = new LinkedHashSet<>();
    out.add(Pep440Version.parse("0"));
    out.add(Pep440Version.parse("0.dev0"));
    out.add(new Pep440Version(BigInteger.ZERO, List.of(HUGE), null, null, null, null, List.of()));
    for (Pep440Version v : boundaries) addNeighbours(v, depth, out);
    return out;
  }

  private static void addNeighbours(Pep440Version v, int depth, Set<Pep440Version> out) {
    out.add(v);
    out.add(v.publicVersion());
    Pep440Version base = v.baseVersion();
    out.add(base);
    BigInteger epoch = v.epoch();
    List<BigInteger> release = v.release();
    out.add(new Pep440Version(epoch, release, null, null, null, BigInteger.ZERO, List.of()));
    out.add(
        new Pep440Version(
            epoch, release, Pep440Version.PreLabel.A, BigInteger.ZERO, null, null, List.of()));
    out.add(
        new Pep440Version(epoch, release, Pep440Version.PreLabel.RC, HUGE, null, null, List.of()));
    out.add(new Pep440Version(epoch, release, null, null, BigInteger.ZERO, null, List.of()));
    out.add(new Pep440Version(epoch, release, null, null, HUGE, null, List.of()));
    out.add(new Pep440Version(epoch, release, null, null, null, null, List.of("0")));
    if (v.preLabel() != null) {
      out.add(
          new Pep440Version(
              epoch,
              release,
              v.preLabel(),
              v.preNumber().add(BigInteger.ONE),
              null,
              null,
              List.of()));
    }
    if (v.post() != null) {
      out.add(
          new Pep440Version(
              epoch,
              release,
              v.preLabel(),
              v.preNumber(),
              v.post().add(BigInteger.ONE),
              null,
              List.of()));
    }
    // Just above the whole V family: V padded with zeros to the deepest boundary, then .1.
    List<BigInteger> above = new ArrayList<>(release);
    while (above.size() < depth) above.add(BigInteger.ZERO);
    above.add(BigInteger.ONE);
    out.add(base.withRelease(above));
    for (int i = 0; i < release.size(); i++) {
      out.add(next(base, i + 1));
      BigInteger last = release.get(i);
      if (last.signum() > 0) {
        List<BigInteger> below = new ArrayList<>(release.subList(0, i));
        below.add(last.subtract(BigInteger.ONE));
        below.add(HUGE);
        out.add(base.withRelease(below));
      }
    }
  }

  /**
   * The release {@code v.release[0..length)} with its last number incremented (zero-padded first).
   */
  private static Pep440Version next(Pep440Version v, int length) {
    int len = Math.max(1, length);
    List<BigInteger> release = new ArrayList<>();
    for (int i = 0; i < len; i++)
      release.add(i < v.release().size() ? v.release().get(i) : BigInteger.ZERO);
    release.set(len - 1, release.get(len - 1).add(BigInteger.ONE));
    return v.withRelease(release);
  }
}
