package io.github.sockcheck.core.facts;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.RelatedLocation;
import java.nio.file.Path;
import java.util.List;

/**
 * A package the project is built or run with.
 *
 * @param ecosystem an {@link Ecosystem#id()}: "maven" or "pypi"
 * @param name {@code groupId:artifactId} for Maven (classifier dropped), the normalized project
 *     name for PyPI
 * @param version the exact (resolved, pinned or locked) version; null when only a constraint is
 *     known
 * @param constraint a PEP 440 specifier or Maven range that admits several versions; null when
 *     exact
 * @param scope Maven scope ("compile", "test"…), or "runtime" for Python manifests
 * @param file the jar, when resolved (Maven); null otherwise
 * @param trail coordinates from the direct dependency down to this one, each {@code g:a:v}; a
 *     direct dependency has a trail of one element
 * @param declaredAt where the direct dependency that brings it in is declared (pom {@code
 *     <dependency>} element, requirements line); null when unknown. A build tool may give a POM
 *     element as the point its model reader records (just after the start tag, end line 0): the
 *     combination engine widens it to the whole element
 * @param versionSource where the version comes from when elsewhere (a property, a parent,
 *     dependencyManagement, a lock file)
 * @param project the project that declares it (its directory relative to the scan root, "" for the
 *     root); null for every project of the scan (dependencies a build tool resolved for the module
 *     being scanned)
 */
public record Dependency(
    String ecosystem,
    String name,
    String version,
    String constraint,
    String scope,
    Path file,
    List<String> trail,
    Location declaredAt,
    List<RelatedLocation> versionSource,
    String project) {

  public Dependency {
    trail = List.copyOf(trail);
    versionSource = List.copyOf(versionSource);
  }

  public boolean direct() {
    return trail.size() <= 1;
  }
}
