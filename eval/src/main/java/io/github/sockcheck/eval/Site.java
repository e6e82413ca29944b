package io.github.sockcheck.eval;

import java.util.List;
import java.util.Set;

/**
 * One labelled call site: what is true of the code at {@code path:line} for {@code rule}.
 *
 * @param id unique in its label file
 * @param project the project (tree) it is in
 * @param path the file, relative to the tree
 * @param line the line a finding belongs on (the line of {@code new} or of the method name)
 * @param endLine the last line a finding may be reported on (a call written over several lines)
 * @param verdict hazard or safe
 * @param flow how the deciding value reaches the call (local, field, parameter, fluent, message,
 *     ...)
 * @param why the lines that decide, in a sentence or two
 * @param gap why today's engines get it wrong, when they do (corpus), or null
 * @param recreates the corpus site a subset site re-creates, or null
 * @param wrongToday engines whose result on this site is known to be wrong today (subset only: a
 *     missed hazard or a flagged safe site, to be removed when the flow layer handles the shape)
 */
public record Site(
    String id,
    String project,
    String path,
    int line,
    int endLine,
    String rule,
    Verdict verdict,
    List<String> flow,
    String why,
    String gap,
    String recreates,
    Set<String> wrongToday) {

  public Site {
    flow = List.copyOf(flow);
    wrongToday = Set.copyOf(wrongToday);
  }

  /** True when a finding of {@code rule} at {@code path:line} is about this site. */
  public boolean covers(String findingRule, String findingPath, int findingLine) {
    return rule.equals(findingRule)
        && path.equals(findingPath)
        && findingLine >= line
        && findingLine <= endLine;
  }

  public String where() {
    return path + ":" + (endLine == line ? String.valueOf(line) : line + "-" + endLine);
  }
}
