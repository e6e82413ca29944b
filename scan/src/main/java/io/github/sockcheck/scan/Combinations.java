package io.github.sockcheck.scan;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.Ecosystem;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.match.CallMatcher;
import io.github.sockcheck.core.match.CombinationMatcher;
import io.github.sockcheck.core.rules.RulePack;
import io.github.sockcheck.core.versions.MavenVersionScheme;
import io.github.sockcheck.core.versions.Pep440VersionScheme;
import java.util.List;
import java.util.Map;

/**
 * Matches the combination rules once, over the facts of every engine: dependencies, runtimes,
 * deployment settings, and the call sites of the code engines as "code uses".
 */
final class Combinations {

  private Combinations() {}

  static List<Finding> match(
      RulePack pack, CollectingSink sink, List<CallSite> sites, CallMatcher calls) {
    CombinationMatcher matcher =
        new CombinationMatcher(
            pack,
            Map.of(
                Ecosystem.MAVEN.id(),
                new MavenVersionScheme(),
                Ecosystem.PYPI.id(),
                new Pep440VersionScheme()),
            calls::matchesPattern);
    return matcher.match(sink.dependencies(), sink.runtimes(), sink.configs(), sites);
  }
}
