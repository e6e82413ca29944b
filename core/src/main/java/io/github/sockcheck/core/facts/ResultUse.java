package io.github.sockcheck.core.facts;

import io.github.sockcheck.core.findings.Location;

/**
 * A later call whose receiver is the value a call returned (directly, or through a local or a field
 * of the same class), e.g. {@code channel.join(group, nif)} after {@code channel = DatagramChannel.open()}.
 *
 * @param owner the declared type of the receiver at that call (FQN), "*" when unknown
 */
public record ResultUse(String owner, String member, Location location) {}
