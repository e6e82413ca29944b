package io.github.sockcheck.core.flow;

import io.github.sockcheck.core.findings.Location;

/** {@code receiver.owner#name = value} ({@code receiver} is -1 for a static field). */
public record FieldStore(
    String owner, String name, boolean isStatic, int receiver, int value, Location location) {}
