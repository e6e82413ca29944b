package io.github.sockcheck.core.findings;

/** A secondary place that explains a finding, e.g. where the multicast join happens. */
public record RelatedLocation(Location location, String message) {}
