package io.github.sockcheck.core.facts;

import io.github.sockcheck.core.findings.Location;

/**
 * The runtime the project targets.
 *
 * @param runtime "java" or "python"
 * @param version an exact version ({@code 17}, {@code 3.11}) or null
 * @param constraint a range when only a range is known (e.g. {@code requires-python = ">=3.8"}), else null
 * @param declaredAt where it was read (compiler release, {@code .python-version}, Dockerfile FROM…); may be null
 */
public record RuntimeFact(String runtime, String version, String constraint, Location declaredAt) {}
