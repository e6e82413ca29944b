package io.github.sockcheck.scan;

import io.github.sockcheck.core.rules.Rule;

/**
 * A rule of the pack and whether a scan with the same request would run it.
 *
 * @param active true when the rule is enabled and one of its engines is selected
 */
public record RuleStatus(Rule rule, boolean active) {}
