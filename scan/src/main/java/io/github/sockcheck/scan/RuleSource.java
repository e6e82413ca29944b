package io.github.sockcheck.scan;

import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleLoadException;
import io.github.sockcheck.core.rules.RuleLoader;
import io.github.sockcheck.core.rules.RulePack;
import io.github.sockcheck.core.rules.RuleSelection;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads the rule pack (built-in rules, then the request's rule directories) and applies
 * enable/disable.
 */
final class RuleSource {

  private RuleSource() {}

  /** Every rule: built-in ones, replaced or switched off by the user's rule directories. */
  static List<Rule> load(ScanRequest request) throws ConfigurationException {
    Path root = request.root().toAbsolutePath().normalize();
    List<Path> dirs =
        request.ruleDirectories().stream().map(d -> root.resolve(d).normalize()).toList();
    try {
      return new RuleLoader().load(dirs).rules();
    } catch (RuleLoadException e) {
      throw new ConfigurationException(e.getMessage(), e);
    }
  }

  /**
   * The rules to run: {@code enabled} (empty = all) minus {@code disabled}; an unknown id is an
   * error naming it.
   */
  static List<Rule> select(List<Rule> all, List<String> enabled, List<String> disabled)
      throws ConfigurationException {
    try {
      // One message for both shells: the Maven parameter names and the CLI options.
      return RuleSelection.apply(
              new RulePack(all),
              enabled,
              "enabledRules/--enable",
              disabled,
              "disabledRules/--disable")
          .rules();
    } catch (RuleLoadException e) {
      throw new ConfigurationException(e.getMessage(), e);
    }
  }
}
