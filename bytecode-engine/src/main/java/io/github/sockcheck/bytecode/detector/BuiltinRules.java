package io.github.sockcheck.bytecode.detector;

import io.github.sockcheck.core.rules.RuleLoadException;
import io.github.sockcheck.core.rules.RuleLoader;
import io.github.sockcheck.core.rules.RulePack;

/**
 * The built-in rule pack (shipped in the core jar, or the shaded plugin jar), loaded once per class
 * loader.
 */
public final class BuiltinRules {

  private static volatile RulePack pack;

  private BuiltinRules() {}

  public static RulePack pack() {
    RulePack loaded = pack;
    if (loaded == null) {
      synchronized (BuiltinRules.class) {
        loaded = pack;
        if (loaded == null) {
          try {
            loaded = new RuleLoader().loadBuiltIn();
          } catch (RuleLoadException e) {
            throw new IllegalStateException(
                "sockcheck: the built-in rules do not load: " + e.getMessage(), e);
          }
          pack = loaded;
        }
      }
    }
    return loaded;
  }
}
