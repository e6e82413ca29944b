package io.github.sockcheck.python.manifest;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.versions.Pep440SpecifierSet;
import io.github.sockcheck.core.versions.Pep440Version;
import io.github.sockcheck.python.Facts;

/**
 * Collects interpreter facts from every source and remembers the first exact version, which is the
 * interpreter environment markers are evaluated against.
 */
public final class RuntimeCollector {

  private final Facts out;
  private String exact;

  public RuntimeCollector(Facts out) {
    this.out = out;
  }

  /** An exact interpreter version ({@code 3.11}, {@code 3.11.4}). */
  public void version(String version, Location at, String what) {
    String v = version.strip();
    if (Pep440Version.tryParse(v) == null) {
      out.problem(at, "cannot read Python version '" + version + "' from " + what);
      return;
    }
    if (exact == null) exact = v;
    out.runtime(v, null, at);
  }

  /** A specifier set over the interpreter version ({@code >=3.8}); a single {@code ==V} becomes a version. */
  public void constraint(String specifiers, Location at, String what) {
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
      version(single, at, what);
      return;
    }
    out.runtime(null, spec, at);
  }

  /** The first exact interpreter version seen, or null. */
  public String exactVersion() {
    return exact;
  }
}
