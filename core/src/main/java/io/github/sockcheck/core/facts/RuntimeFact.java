package io.github.sockcheck.core.facts;

import io.github.sockcheck.core.findings.Location;

/**
 * The runtime a project targets, and what says so.
 *
 * @param runtime "java" or "python"
 * @param version an exact version ({@code 17}, {@code 3.11}) or null
 * @param constraint a range when only a range is known (e.g. {@code requires-python = ">=3.8"}),
 *     else null
 * @param declaredAt where it was read (compiler release, {@code .python-version}, Dockerfile
 *     FROM…); may be null
 * @param project the project it belongs to (its directory relative to the scan root, "" for the
 *     root); null when it holds for every project of the scan (a release the build tool passed)
 * @param evidence what kind of evidence it is; stronger evidence of a project decides over weaker
 * @param source how it was read, for messages ({@code "FROM python:3.6-slim, the stage that runs
 *     the server"}); may be null
 */
public record RuntimeFact(
    String runtime,
    String version,
    String constraint,
    Location declaredAt,
    String project,
    Evidence evidence,
    String source) {

  /** Kinds of runtime evidence, strongest first. */
  public enum Evidence {
    /**
     * What the service is deployed on: the Dockerfile stage that runs it, a compose image, {@code
     * runtime.txt}.
     */
    DEPLOYMENT,
    /**
     * An exact pin of the environment: {@code .python-version}, Pipfile {@code python_version}, the
     * build's Java release.
     */
    PIN,
    /**
     * A declared range of supported versions: {@code requires-python}, {@code python_requires},
     * Poetry's {@code python}, classifiers.
     */
    SUPPORTED,
    /**
     * What the tests run on: CI {@code setup-python} versions and matrices, CI images, tox
     * envlists, test Dockerfiles.
     */
    TEST;

    /**
     * Whether an exact version of this kind confirms the runtime (rather than only admitting it).
     */
    public boolean confirms() {
      return this == DEPLOYMENT || this == PIN;
    }
  }

  public RuntimeFact {
    if (evidence == null) evidence = Evidence.PIN;
  }

  /** A pin that holds for the whole scan. */
  public RuntimeFact(String runtime, String version, String constraint, Location declaredAt) {
    this(runtime, version, constraint, declaredAt, null, Evidence.PIN, null);
  }

  /** The same fact for {@code project}. */
  public RuntimeFact inProject(String project) {
    return new RuntimeFact(runtime, version, constraint, declaredAt, project, evidence, source);
  }
}
