package io.github.sockcheck.core.flow;

import io.github.sockcheck.core.findings.Location;

/** {@code (type) value} or {@code value instanceof type} (including a pattern that binds it). */
public record TypeTest(int value, String type, boolean isCast, Location location) {}
