package io.github.sockcheck.testsupport;

import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.rules.CallMatch;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.Examples;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleKind;
import java.util.List;
import java.util.Set;

/**
 * Call rules for the source and the bytecode engine's tests: the patterns and the engine are what a
 * test is about, every text a placeholder.
 */
public final class EngineTestRules {

  private EngineTestRules() {}

  /** A warning-level call rule on {@code patterns}, without a {@code where:}, run by one engine. */
  public static Rule callRule(String id, String engine, CallPattern... patterns) {
    return new Rule(
        id,
        RuleKind.CALL,
        "t",
        Severity.WARNING,
        Precision.HIGH,
        List.of("test"),
        null,
        Set.of(engine),
        null,
        "{call}",
        "h",
        new Examples("java", "", ""),
        "f",
        "all",
        List.of(),
        new CallMatch(List.of(patterns), null),
        null,
        "test",
        List.of());
  }
}
