package io.github.sockcheck.core.match;

import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.facts.RuntimeFact.Evidence;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.versions.RuntimeVersions;
import java.util.Comparator;
import java.util.List;

/**
 * Decides whether a project's runtime lies in a rule's range, from the project's runtime facts: the
 * strongest kind of evidence present decides (deployment over pins over supported ranges over test
 * setups), so a Dockerfile that runs Python 3.6 outranks {@code requires-python >=3.6} and a CI
 * matrix. Call rules and combination rules both ask here, so a range means the same in both.
 *
 * <ul>
 *   <li>{@link Verdict#CONFIRMED}: an exact deployed or pinned version lies in the range;
 *   <li>{@link Verdict#SOME}: only a supported range or a test setup decides, and it admits
 *       affected versions ("some supported runtimes are affected");
 *   <li>{@link Verdict#UNKNOWN}: no evidence at all; the rule holds, weakened, and says so;
 *   <li>{@link Verdict#NOT_AFFECTED}: the deciding evidence names no version in the range.
 * </ul>
 */
public final class RuntimeDecision {

  public enum Verdict {
    CONFIRMED,
    SOME,
    UNKNOWN,
    NOT_AFFECTED
  }

  /**
   * @param decidedBy the fact that decided, null for UNKNOWN
   * @param shown the runtime for the {@code {runtime}} placeholder ({@code "Python 3.8"}, {@code
   *     "Python >=3.6"}), null for UNKNOWN
   * @param note the sentence a message adds: which evidence decided (file and line), or that none
   *     did
   */
  public record Result(Verdict verdict, RuntimeFact decidedBy, String shown, String note) {
    public boolean holds() {
      return verdict != Verdict.NOT_AFFECTED;
    }
  }

  private static final Comparator<RuntimeFact> ORDER =
      Comparator.comparing((RuntimeFact r) -> r.evidence().ordinal())
          .thenComparing(r -> r.declaredAt() == null ? "" : r.declaredAt().path())
          .thenComparingInt(r -> r.declaredAt() == null ? 0 : r.declaredAt().startLine())
          .thenComparingInt(r -> r.declaredAt() == null ? 0 : r.declaredAt().startColumn())
          .thenComparing(r -> String.valueOf(r.version()))
          .thenComparing(r -> String.valueOf(r.constraint()));

  private RuntimeDecision() {}

  /** Tests {@code range} against the facts (of one project) about {@code runtime}. */
  public static Result test(String runtime, String range, List<RuntimeFact> facts) {
    List<RuntimeFact> deciding = strongest(runtime, facts);
    if (deciding.isEmpty()) return unknown(runtime);
    for (RuntimeFact r : deciding) {
      boolean exact = r.version() != null;
      boolean in =
          exact
              ? RuntimeVersions.contains(runtime, range, r.version())
              : RuntimeVersions.overlaps(runtime, range, r.constraint());
      if (!in) continue;
      String value = exact ? RuntimeVersions.normalize(runtime, r.version()) : r.constraint();
      String shown = label(runtime) + " " + value;
      if (exact && r.evidence().confirms())
        return new Result(Verdict.CONFIRMED, r, shown, shown + " from " + where(r));
      String note =
          exact
              ? shown
                  + " is known only from the test setup, "
                  + where(r)
                  + "; no deployment file names the interpreter"
              : "some supported "
                  + label(runtime)
                  + " versions are affected: "
                  + value
                  + " from "
                  + where(r);
      return new Result(Verdict.SOME, r, shown, note);
    }
    RuntimeFact first = deciding.get(0);
    String value =
        first.version() != null
            ? RuntimeVersions.normalize(runtime, first.version())
            : first.constraint();
    return new Result(
        Verdict.NOT_AFFECTED,
        first,
        label(runtime) + " " + value,
        label(runtime) + " " + value + " from " + where(first) + " is outside " + range);
  }

  /** The decision when nothing names the runtime. */
  public static Result unknown(String runtime) {
    String what =
        "java".equals(runtime)
            ? "the target Java release could not be determined (no release in the build, no class files)"
            : "the target Python version could not be determined (no Dockerfile, runtime pin, requires-python or CI"
                + " setup names it)";
    return new Result(Verdict.UNKNOWN, null, null, what);
  }

  /** The facts of the strongest kind of evidence present, in a stable order. */
  public static List<RuntimeFact> strongest(String runtime, List<RuntimeFact> facts) {
    List<RuntimeFact> known =
        facts.stream()
            .filter(
                r -> r.runtime().equals(runtime) && (r.version() != null || r.constraint() != null))
            .sorted(ORDER)
            .toList();
    if (known.isEmpty()) return List.of();
    Evidence best = known.get(0).evidence();
    return known.stream().filter(r -> r.evidence() == best).toList();
  }

  /**
   * The first exact version among the strongest evidence, or null (what environment markers are
   * evaluated against).
   */
  public static String exactVersion(String runtime, List<RuntimeFact> facts) {
    return strongest(runtime, facts).stream()
        .filter(r -> r.version() != null)
        .map(RuntimeFact::version)
        .findFirst()
        .orElse(null);
  }

  static String label(String runtime) {
    return switch (runtime) {
      case "java" -> "Java";
      case "python" -> "Python";
      default -> runtime;
    };
  }

  private static String where(RuntimeFact r) {
    Location at = r.declaredAt();
    String place =
        at == null
            ? "the build configuration"
            : at.startLine() > 0 ? at.path() + ":" + at.startLine() : at.path();
    return r.source() == null ? place : place + " (" + r.source() + ")";
  }
}
