package io.github.sockcheck.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule-folder convention holds for the whole repository: every rule in {@code rules/} has its
 * folder {@code testdata/rules/<id>/} with at least one positive marker of that rule, and every
 * folder there names a rule. (The scan module's RuleFixturesTest then runs the folders.)
 */
class RuleFolderConventionTest {

  @TempDir Path dir;

  @Test
  void holdsForTheRepository() throws Exception {
    Set<String> ruleIds = new TreeSet<>();
    for (Rule r :
        new RuleLoader().loadDirectory(RuleFolders.repositoryRoot().resolve("rules"), "rules/")) {
      ruleIds.add(r.id());
    }
    assertEquals(
        List.of(),
        RuleFolderConvention.problems(ruleIds, RuleFolders.all()),
        "see testdata/rules/README.md");
  }

  @Test
  void namesEveryRuleWithoutAPositiveAndEveryFolderWithoutARule() throws Exception {
    RuleFolder good = folder("good-rule", "Positive.java", "f(); // expect: good-rule\n");
    RuleFolder onlyOthers =
        folder("only-near-misses", "case/requirements.txt", "gunicorn==1  # expect: good-rule\n");
    RuleFolder stray = folder("no-such-rule", "Positive.java", "f(); // expect: no-such-rule\n");
    assertEquals(
        List.of(
            "testdata/rules/only-near-misses/ has no positive case: no `expect: only-near-misses` marker",
            "testdata/rules/no-such-rule/ names no rule in rules/",
            "rules/missing-rule.yaml has no fixture folder testdata/rules/missing-rule/"),
        RuleFolderConvention.problems(
            Set.of("good-rule", "only-near-misses", "missing-rule"),
            List.of(good, onlyOthers, stray)));
  }

  private RuleFolder folder(String id, String file, String text) throws Exception {
    Path path = dir.resolve(id).resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
    return new RuleFolder(id, dir.resolve(id));
  }
}
