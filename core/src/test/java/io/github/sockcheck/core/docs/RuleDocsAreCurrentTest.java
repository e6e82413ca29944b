package io.github.sockcheck.core.docs;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed rule pages equal what the generator makes from {@code rules/}. Run with {@code
 * -Dsockcheck.updateDocs=true} to rewrite them instead.
 */
class RuleDocsAreCurrentTest {

  @Test
  void committedRulePagesAreCurrent() throws Exception {
    Path root = Path.of(System.getProperty("sockcheck.root", "..")).toAbsolutePath().normalize();
    try (Stream<Path> s = Files.list(root.resolve("rules"))) {
      assumeFalse(s.noneMatch(p -> p.toString().endsWith(".yaml")), "rules/ has no rule files yet");
    }
    RuleDocGenerator generator = new RuleDocGenerator();
    var pack = RuleDocGenerator.repositoryRules(root);
    if (Boolean.getBoolean("sockcheck.updateDocs")) {
      generator.write(root, pack);
      return;
    }
    SortedMap<String, String> expected = generator.render(pack);
    List<String> existing = RuleDocGenerator.existingPages(root);
    List<String> stale = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    for (var page : expected.entrySet()) {
      Path file = root.resolve(RuleDocGenerator.DOCS_DIR).resolve(page.getKey());
      if (!Files.exists(file)) missing.add(page.getKey());
      else if (!Files.readString(file, StandardCharsets.UTF_8).equals(page.getValue()))
        stale.add(page.getKey());
    }
    for (String name : existing) if (!expected.containsKey(name)) extra.add(name);
    if (!stale.isEmpty() || !missing.isEmpty() || !extra.isEmpty()) {
      fail(
          "rule pages in "
              + RuleDocGenerator.DOCS_DIR
              + " are out of date with rules/:"
              + (stale.isEmpty() ? "" : "\n  stale: " + String.join(", ", stale))
              + (missing.isEmpty() ? "" : "\n  missing: " + String.join(", ", missing))
              + (extra.isEmpty() ? "" : "\n  extra (no such rule): " + String.join(", ", extra))
              + "\nregenerate them with:\n  "
              + RuleDocGenerator.REGENERATE_COMMAND
              + "\nor: mvn -q -pl core compile exec:java -Dexec.mainClass=io.github.sockcheck.core.docs.RuleDocGenerator"
              + " -Dexec.args=<repository root>");
    }
  }
}
