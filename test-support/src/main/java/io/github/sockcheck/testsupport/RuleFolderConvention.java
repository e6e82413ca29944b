package io.github.sockcheck.testsupport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule-folder convention ({@code testdata/rules/README.md}): every rule has its folder {@code
 * testdata/rules/<id>/} with at least one positive marker of that rule, and every folder names a
 * rule.
 */
public final class RuleFolderConvention {

  private RuleFolderConvention() {}

  /** What breaks the convention, one line each; empty when it holds. */
  public static List<String> problems(Collection<String> ruleIds, Collection<RuleFolder> folders) {
    Set<String> named = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    for (RuleFolder folder : folders) {
      named.add(folder.ruleId());
      if (!ruleIds.contains(folder.ruleId())) {
        problems.add("testdata/rules/" + folder.ruleId() + "/ names no rule in rules/");
      } else if (Markers.in(folder.dir()).stream()
          .noneMatch(m -> m.ruleId().equals(folder.ruleId()))) {
        problems.add(
            "testdata/rules/"
                + folder.ruleId()
                + "/ has no positive case: no `expect: "
                + folder.ruleId()
                + "` marker");
      }
    }
    for (String id : new TreeSet<>(ruleIds)) {
      if (!named.contains(id))
        problems.add("rules/" + id + ".yaml has no fixture folder testdata/rules/" + id + "/");
    }
    return problems;
  }
}
