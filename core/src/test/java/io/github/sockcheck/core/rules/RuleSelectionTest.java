package io.github.sockcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSelectionTest {

  private static RulePack pack() throws Exception {
    RuleLoader loader = new RuleLoader();
    return new RulePack(
        List.of(
            loader.parse("rules/alpha-rule.yaml", RuleLoaderModelTest.pythonRule("alpha-rule")),
            loader.parse("rules/beta-rule.yaml", RuleLoaderModelTest.pythonRule("beta-rule")),
            loader.parse("rules/gamma-rule.yaml", RuleLoaderModelTest.pythonRule("gamma-rule"))));
  }

  private static List<String> ids(RulePack pack) {
    return pack.rules().stream().map(Rule::id).toList();
  }

  @Test
  void enabledKeepsOnlyThoseAndDisabledRemoves() throws Exception {
    assertEquals(
        List.of("alpha-rule", "gamma-rule"),
        ids(RuleSelection.apply(pack(), List.of(), List.of("beta-rule"))));
    assertEquals(
        List.of("beta-rule"),
        ids(
            RuleSelection.apply(
                pack(), List.of("beta-rule", "gamma-rule"), List.of("gamma-rule"))));
    assertEquals(3, RuleSelection.apply(pack(), List.of(), List.of()).rules().size());
  }

  @Test
  void unknownIdsAreErrorsNamingTheList() throws Exception {
    RulePack pack = pack();
    RuleLoadException e =
        assertThrows(
            RuleLoadException.class,
            () -> RuleSelection.apply(pack, List.of("foo"), List.of("beta-rul")));
    assertEquals(
        List.of(
            "unknown rule id 'foo' in enabledRules (known ids: alpha-rule, beta-rule, gamma-rule)",
            "unknown rule id 'beta-rul' in disabledRules (did you mean 'beta-rule'? known ids: alpha-rule, beta-rule, gamma-rule)"),
        e.problems());
  }
}
