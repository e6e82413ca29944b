package io.github.sockcheck.core.findings;

/** Replace the characters of {@code region} with {@code replacement}. */
public record TextEdit(Location region, String replacement) {}
