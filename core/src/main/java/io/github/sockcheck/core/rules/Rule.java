package io.github.sockcheck.core.rules;

import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.Severity;
import java.util.List;
import java.util.Set;

/**
 * One rule, loaded from one YAML file in {@code rules/} (or a user's rule directory). Its {@code
 * id} is the SARIF ruleId, the SpotBugs bug-pattern suffix, the suppression token, the fixture
 * folder and the doc page name.
 *
 * @param engines the engines that implement this rule ("source", "bytecode", "combination",
 *     "python")
 * @param engineNote why a call rule is source-only or bytecode-only; null when both engines run it
 * @param message the finding message template; placeholders {@code {call}}, {@code {owner}}, {@code
 *     {member}}, {@code {arg:ROLE}}, {@code {use}}, {@code {dependency}}, {@code {version}}, {@code
 *     {trail}}, {@code {runtime}} are filled by the engine that reports it
 * @param help Markdown: why it matters
 * @param appliesTo the library versions the rule applies to, in words
 * @param origin the file the rule was loaded from, for messages (e.g. {@code rules/x.yaml})
 * @param quickFixes the fixes the rule offers as data ({@code quick-fixes:}), in order; empty when
 *     none
 */
public record Rule(
    String id,
    RuleKind kind,
    String title,
    Severity severity,
    Precision precision,
    List<String> tags,
    String cwe,
    Set<String> engines,
    String engineNote,
    String message,
    String help,
    Examples examples,
    String fix,
    String appliesTo,
    List<Evidence> evidence,
    CallMatch call,
    CombinationMatch combination,
    String origin,
    List<QuickFix> quickFixes) {

  public Rule {
    tags = List.copyOf(tags);
    engines = Set.copyOf(engines);
    evidence = List.copyOf(evidence);
    quickFixes = quickFixes == null ? List.of() : List.copyOf(quickFixes);
  }

  public boolean runsIn(String engine) {
    return engines.contains(engine);
  }

  public boolean runsIn(EngineId engine) {
    return engines.contains(engine.id());
  }
}
