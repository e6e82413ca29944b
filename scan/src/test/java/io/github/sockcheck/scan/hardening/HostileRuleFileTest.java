package io.github.sockcheck.scan.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.scan.ConfigurationException;
import io.github.sockcheck.scan.Sockcheck;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules are configuration: a hostile or malformed user rule file stops the run with a {@link
 * ConfigurationException} naming the file and line, before any engine runs, and nothing it names is
 * ever loaded.
 */
class HostileRuleFileTest {

  @TempDir Path dir;

  @Test
  void aGlobalTagNamingAJavaClassIsRefusedAndNeverLoaded() throws Exception {
    CanaryFlag.touched = false;
    ConfigurationException e = scanWithRules("rule-global-tag");
    assertTrue(
        e.getMessage()
            .contains(
                "hostile-tag.yaml:7: tag 'tag:yaml.org,2002:io.github.sockcheck.scan.hardening.Canary' is not allowed"),
        e.getMessage());
    assertFalse(CanaryFlag.touched, "the class a tag names was loaded or constructed");
  }

  @Test
  void anAliasBombIsRefusedWithoutExpandingIt() throws Exception {
    ConfigurationException e = scanWithRules("rule-alias-bomb");
    assertTrue(
        Pattern.compile("alias-bomb\\.yaml:[1-9]\\d*: the document expands to more than")
            .matcher(e.getMessage())
            .find(),
        e.getMessage());
  }

  @Test
  void malformedYamlNamesFileAndLine() throws Exception {
    ConfigurationException e = scanWithRules("rule-malformed");
    assertTrue(e.getMessage().contains("broken.yaml:4: YAML syntax error"), e.getMessage());
  }

  private ConfigurationException scanWithRules(String corpusCase) throws Exception {
    Path project = BadProjects.goodProject(dir.resolve("project"));
    Path rules = BadProjects.corpus().resolve(corpusCase).resolve("rules");
    return assertThrows(
        ConfigurationException.class,
        () -> Sockcheck.scan(BadProjects.request(project).addRuleDirectory(rules).build()));
  }
}
