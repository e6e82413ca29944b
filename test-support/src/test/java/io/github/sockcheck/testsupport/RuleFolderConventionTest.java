package io.github.sockcheck.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The rule-folder convention holds for the whole repository: every rule in {@code rules/} has its folder
 * {@code testdata/rules/<id>/} with at least one positive marker of that rule, and every folder there
 * names a rule. (The scan module's RuleFixturesTest then runs the folders.)
 */
class RuleFolderConventionTest {

  @Test
  void everyRuleHasAFolderWithAPositiveMarkerAndEveryFolderNamesARule() throws Exception {
    Set<String> ruleIds = new TreeSet<>();
    for (Rule r : new RuleLoader().loadDirectory(RuleFolders.repositoryRoot().resolve("rules"), "rules/")) {
      ruleIds.add(r.id());
    }
    Set<String> folders = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    for (RuleFolder folder : RuleFolders.all()) {
      folders.add(folder.ruleId());
      if (!ruleIds.contains(folder.ruleId())) {
        problems.add("testdata/rules/" + folder.ruleId() + "/ names no rule in rules/");
      } else if (Markers.in(folder.dir()).stream().noneMatch(m -> m.ruleId().equals(folder.ruleId()))) {
        problems.add("testdata/rules/" + folder.ruleId() + "/ has no positive case: no `expect: "
            + folder.ruleId() + "` marker");
      }
    }
    for (String id : ruleIds) {
      if (!folders.contains(id)) problems.add("rules/" + id + ".yaml has no fixture folder testdata/rules/" + id + "/");
    }
    assertEquals(List.of(), problems, "see testdata/rules/README.md");
  }
}
