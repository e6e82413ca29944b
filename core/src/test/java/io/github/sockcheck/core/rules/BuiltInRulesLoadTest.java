package io.github.sockcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule file in the repository's {@code rules/} loads, and the classpath copy lists the same
 * files.
 */
class BuiltInRulesLoadTest {

  static Path rulesDir() {
    return Path.of(System.getProperty("sockcheck.root", "..")).resolve("rules");
  }

  static List<String> yamlFiles() throws Exception {
    try (Stream<Path> s = Files.list(rulesDir())) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
          .sorted()
          .toList();
    }
  }

  @Test
  void repositoryRulesLoad() throws Exception {
    assumeFalse(yamlFiles().isEmpty(), "rules/ has no rule files yet");
    try {
      List<Rule> rules = new RuleLoader().loadDirectory(rulesDir(), "rules/");
      assertEquals(yamlFiles().size(), rules.size());
    } catch (RuleLoadException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  @Test
  void classpathCopyListsTheSameFiles() throws Exception {
    assumeFalse(yamlFiles().isEmpty(), "rules/ has no rule files yet");
    assertEquals(yamlFiles(), RuleLoader.builtInFileNames());
  }

  /**
   * The runtime skips the schema for the built-ins: what ships must be the files validated above.
   */
  @Test
  void classpathCopiesAreTheValidatedFilesByteForByte() throws Exception {
    assumeFalse(yamlFiles().isEmpty(), "rules/ has no rule files yet");
    for (String name : yamlFiles()) {
      try (var in =
          RuleLoader.class.getResourceAsStream("/" + RuleLoader.BUILT_IN_RESOURCES + name)) {
        assertNotNull(in, name);
        assertArrayEquals(Files.readAllBytes(rulesDir().resolve(name)), in.readAllBytes(), name);
      }
    }
  }

  @Test
  void builtInPackIndexesRules() throws Exception {
    assumeFalse(yamlFiles().isEmpty(), "rules/ has no rule files yet");
    RulePack pack = new RuleLoader().loadBuiltIn();
    assertFalse(pack.rules().isEmpty());
    pack.rules().forEach(r -> assertEquals("rules/" + r.id() + ".yaml", r.origin()));
  }
}
