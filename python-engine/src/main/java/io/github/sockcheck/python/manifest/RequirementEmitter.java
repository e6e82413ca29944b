package io.github.sockcheck.python.manifest;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.versions.Pep440SpecifierSet;
import io.github.sockcheck.python.Facts;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Turns one requirement string found in a manifest into a Dependency fact (or a notification). */
public final class RequirementEmitter {

  private final Facts out;
  private final MarkerEvaluator markers;

  public RequirementEmitter(Facts out, MarkerEvaluator markers) {
    this.out = out;
    this.markers = markers;
  }

  public Facts facts() {
    return out;
  }

  /**
   * A PEP 508 string such as {@code gunicorn[gevent]>=20; python_version >= "3.7"} declared at
   * {@code at}.
   */
  public void pep508(Path file, String text, Location at, String scope) {
    Requirement req = applicable(markers, text, message -> out.problem(at, message));
    if (req == null) return;
    String pinned = req.pinnedVersion();
    out.dependency(
        req.name(),
        pinned,
        pinned == null && !req.specifier().isEmpty() ? req.specifier() : null,
        scope,
        at);
  }

  /**
   * The requirement {@code text} declares for this interpreter and platform; null when it cannot be
   * parsed (told to {@code problem}), names a URL or path, or its environment marker is false here.
   * A marker that cannot be evaluated keeps the requirement (told to {@code problem}).
   */
  static Requirement applicable(MarkerEvaluator markers, String text, Consumer<String> problem) {
    Requirement req;
    try {
      req = RequirementParser.parse(text);
    } catch (IllegalArgumentException e) {
      problem.accept("cannot parse requirement '" + text.strip() + "': " + e.getMessage());
      return null;
    }
    if (req.url() != null) return null;
    if (req.marker() != null) {
      try {
        if (markers.evaluate(req.marker()) == MarkerEvaluator.Truth.FALSE) return null;
      } catch (IllegalArgumentException e) {
        problem.accept(
            "cannot evaluate marker '"
                + req.marker()
                + "': "
                + e.getMessage()
                + " (requirement kept)");
      }
    }
    return req;
  }

  /** A name with a separate PEP 440 specifier (Pipfile style; "*" or "" for any version). */
  public void nameAndSpecifier(String name, String specifier, Location at, String scope) {
    String spec = specifier == null ? "" : RequirementParser.normalizeSpecifier(specifier.strip());
    if (spec.equals("*")) spec = "";
    try {
      Pep440SpecifierSet.parse(spec);
    } catch (IllegalArgumentException e) {
      out.problem(
          at, "cannot parse version '" + specifier + "' of " + name + ": " + e.getMessage());
      return;
    }
    Requirement req =
        new Requirement(PypiName.normalize(name), java.util.List.of(), spec, null, null, 0, 0);
    String pinned = req.pinnedVersion();
    out.dependency(req.name(), pinned, pinned == null && !spec.isEmpty() ? spec : null, scope, at);
  }

  /** An exact version from a lock file. */
  public void locked(String name, String version, Location at) {
    out.dependency(PypiName.normalize(name), version.strip(), null, "runtime", at);
  }
}
