package io.github.sockcheck.core.rules;

/**
 * Code that a rule flags and code it accepts; shown in help and docs. {@code language} names the
 * fence.
 */
public record Examples(String language, String noncompliant, String compliant) {}
