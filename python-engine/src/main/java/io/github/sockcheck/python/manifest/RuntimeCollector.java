package io.github.sockcheck.python.manifest;

import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.facts.RuntimeFact.Evidence;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.match.RuntimeDecision;
import io.github.sockcheck.core.versions.Pep440SpecifierSet;
import io.github.sockcheck.core.versions.Pep440Version;
import io.github.sockcheck.python.Facts;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects one project's interpreter facts from every source, each with the kind of evidence it is,
 * and knows the exact version environment markers are evaluated against: the one the strongest
 * evidence names ({@link RuntimeDecision#exactVersion}), as the matcher will decide.
 */
public final class RuntimeCollector {

  private final Facts out;
  private final List<RuntimeFact> facts = new ArrayList<>();

  public RuntimeCollector(Facts out) {
    this.out = out;
  }

  /**
   * An exact interpreter version ({@code 3.11}, {@code 3.11.4}).
   *
   * @param what the file kind for problems ({@code ".python-version"})
   * @param source how it was read, for messages; null when the file name says it all
   */
  public void version(String version, Location at, String what, Evidence evidence, String source) {
    String v = version.strip();
    if (Pep440Version.tryParse(v) == null) {
      out.problem(at, "cannot read Python version '" + version + "' from " + what);
      return;
    }
    facts.add(out.runtime(v, null, at, evidence, source));
  }

  /**
   * A specifier set over the interpreter version ({@code >=3.8}); a single {@code ==V} becomes a
   * version.
   */
  public void constraint(String specifiers, Location at, String what, Evidence evidence) {
    String spec = RequirementParser.normalizeSpecifier(specifiers);
    try {
      Pep440SpecifierSet.parse(spec);
    } catch (IllegalArgumentException e) {
      out.problem(at, "cannot parse " + what + " '" + specifiers + "': " + e.getMessage());
      return;
    }
    if (spec.isEmpty()) return;
    String single = PyprojectReader.exactVersion(spec);
    if (single != null) {
      version(single, at, what, evidence, what);
      return;
    }
    facts.add(out.runtime(null, spec, at, evidence, what));
  }

  /**
   * The version environment markers are evaluated against, or null when no exact version decides.
   */
  public String exactVersion() {
    return RuntimeDecision.exactVersion("python", facts);
  }
}
