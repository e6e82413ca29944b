package io.github.sockcheck.core.findings;

/**
 * How a finding was suppressed. {@code kind} is "inSource" (annotation or comment) or "external"
 * (baseline); {@code justification} is the reason the user wrote, empty when none was given.
 */
public record Suppression(String kind, String justification, Location where) {}
