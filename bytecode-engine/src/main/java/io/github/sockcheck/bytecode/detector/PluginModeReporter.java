package io.github.sockcheck.bytecode.detector;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import io.github.sockcheck.bytecode.plugin.PluginDescriptors;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.match.CallMatcher;

/**
 * Plugin mode's output: runs the shared matcher on the solved program's call sites and reports each
 * finding as a SpotBugs bug {@code SOCKCHECK_<rule-id>}. Annotation order is fixed because
 * messages.xml refers to it: {0} class, {1} method, {2} the finding message, then the source line.
 */
final class PluginModeReporter {

  private PluginModeReporter() {}

  static void report(Detector detector, BugReporter reporter, PluginProgram program) {
    CallMatcher matcher = MatcherHolder.MATCHER;
    for (CallSite site : program.sites()) {
      for (Finding finding : matcher.match(site)) {
        String className = site.enclosing().substring(0, site.enclosing().indexOf('#'));
        BugInstance bug =
            new BugInstance(
                    detector,
                    PluginDescriptors.BUG_TYPE_PREFIX + finding.ruleId(),
                    priority(finding.severity()))
                .addClass(className);
        PluginProgram.Method method = program.methodOf(site);
        if (method != null)
          bug.addMethod(className, method.name(), method.descriptor(), method.isStatic());
        String path = site.location().path();
        int line = site.location().startLine();
        reporter.reportBug(
            bug.addString(finding.message())
                .addSourceLine(
                    new SourceLineAnnotation(
                        className, path.substring(path.lastIndexOf('/') + 1), line, line, -1, -1)));
      }
    }
  }

  private static final class MatcherHolder {
    static final CallMatcher MATCHER = new CallMatcher(PluginProgram.rules());
  }

  static int priority(Severity severity) {
    return switch (severity) {
      case ERROR -> Priorities.HIGH_PRIORITY;
      case WARNING -> Priorities.NORMAL_PRIORITY;
      case NOTE -> Priorities.LOW_PRIORITY;
    };
  }
}
