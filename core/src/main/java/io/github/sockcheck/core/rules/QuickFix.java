package io.github.sockcheck.core.rules;

import java.util.List;

/**
 * A fix a rule offers as data ({@code quick-fixes:} in its YAML). It is offered only when its
 * condition holds for the finding and the edit can be made with certainty (the call is found in the
 * file text, every placeholder has a value, the imports fit); the editor's quick-fix menu, SARIF
 * {@code fixes} and {@code sockcheck fix} all show the same fix.
 *
 * @param title what the fix does, one line (the quick-fix menu entry, SARIF {@code
 *     fix.description})
 * @param calls call rules only: the fix applies to calls matching one of these patterns; empty for
 *     every call the rule matches
 * @param when call rules only: the condition that makes the edit right (the leaves of {@code
 *     where}, plus {@code dependency}/{@code range} and {@code use-arg}/{@code of}/{@code
 *     ipv4-from}); null for always
 * @param edit the change
 * @param imports Java types the edit names by their simple name, imported when the file lacks them
 */
public record QuickFix(
    String title, List<MemberPattern> calls, Condition when, Edit edit, List<String> imports) {

  public QuickFix {
    calls = List.copyOf(calls);
    imports = List.copyOf(imports);
  }

  /** What a quick fix changes. */
  public sealed interface Edit {}

  /**
   * Adds an argument after the last one of the matched call (or inside empty parentheses). The
   * template may use {@code {arg:ROLE}} (the argument as written) and {@code {qualifier:ROLE}} (the
   * {@code module.} of an argument written {@code module.NAME}).
   */
  public record AppendArgument(String template) implements Edit {}

  /**
   * Replaces the matched call expression with the template; besides the argument placeholders it
   * may use {@code {callee}} (the call up to its argument list, as written) and {@code {args}} (all
   * arguments).
   */
  public record ReplaceCall(String template) implements Edit {}

  /**
   * Combination rules: sets the version of the finding's dependency where it is declared (the
   * property, the {@code dependencyManagement} entry, the BOM import, or the {@code <version>} of
   * the dependency itself).
   */
  public record SetVersion(String version) implements Edit {}
}
