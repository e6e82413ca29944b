package io.github.sockcheck.core.report;

import io.github.sockcheck.core.findings.Severity;

/**
 * One line for a console. In Maven style, {@code text} carries no {@code [LEVEL]} prefix: the
 * plugin logs it through its Log at {@code level} (ERROR → error, WARNING → warn, NOTE → info),
 * which adds the prefix. In CLI style the level is part of the text and {@code level} only tells
 * where to print it.
 */
public record ConsoleLine(Severity level, String text) {}
