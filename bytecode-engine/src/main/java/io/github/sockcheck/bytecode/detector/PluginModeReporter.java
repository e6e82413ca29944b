package io.github.sockcheck.bytecode.detector;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.Priorities;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.match.CallMatcher;
import io.github.sockcheck.core.rules.RulePack;
import java.util.List;

/**
 * Plugin mode (a plain SpotBugs, spotbugs-maven-plugin, an IDE): runs the shared matcher on the class's
 * call sites and reports each finding as a SpotBugs bug {@code SOCKCHECK_<rule-id>}. Annotation order
 * is fixed because messages.xml refers to it: {0} class, {1} method, {2} the finding message, then the
 * source line.
 */
final class PluginModeReporter {

  static final String BUG_TYPE_PREFIX = "SOCKCHECK_";

  private static RulePack matcherPack;
  private static CallMatcher matcher;

  private PluginModeReporter() {}

  static void report(Detector detector, BugReporter reporter, RulePack pack, String className,
      List<PendingSite> sites) {
    CallMatcher callMatcher = matcherFor(pack);
    for (PendingSite site : sites) {
      for (Finding finding : callMatcher.match(site.toCallSite())) {
        reporter.reportBug(new BugInstance(detector, BUG_TYPE_PREFIX + finding.ruleId(), priority(finding.severity()))
            .addClass(className)
            .addMethod(site.method)
            .addString(finding.message())
            .addSourceLine(site.sourceLine));
      }
    }
  }

  private static synchronized CallMatcher matcherFor(RulePack pack) {
    if (matcherPack != pack) {
      matcher = new CallMatcher(pack);
      matcherPack = pack;
    }
    return matcher;
  }

  static int priority(Severity severity) {
    return switch (severity) {
      case ERROR -> Priorities.HIGH_PRIORITY;
      case WARNING -> Priorities.NORMAL_PRIORITY;
      case NOTE -> Priorities.LOW_PRIORITY;
    };
  }
}
