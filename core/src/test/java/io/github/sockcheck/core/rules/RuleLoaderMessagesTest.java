package io.github.sockcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each malformed rule file stops loading with a message naming file, line, problem and fix. */
class RuleLoaderMessagesTest {

  static String resource(String name) throws IOException {
    try (InputStream in = RuleLoaderMessagesTest.class.getResourceAsStream("/rules-bad/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<String> problems(String file) throws IOException {
    RuleLoadException e =
        assertThrows(
            RuleLoadException.class, () -> new RuleLoader().parse("rules/" + file, resource(file)));
    return e.problems();
  }

  static Path resourceDir(String name) throws URISyntaxException {
    return Path.of(RuleLoaderMessagesTest.class.getResource("/rules-bad/" + name).toURI());
  }

  @Test
  void yamlSyntaxError() throws IOException {
    List<String> p = problems("yaml-syntax.yaml");
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).startsWith("rules/yaml-syntax.yaml:7: YAML syntax error: "), p.get(0));
    assertTrue(
        p.get(0).endsWith("(fix the YAML syntax; quote values that contain ': ', '#', '[' or '{')"),
        p.get(0));
  }

  @Test
  void unknownKeySuggestsTheClosestKey() throws IOException {
    List<String> p = problems("unknown-key.yaml");
    assertTrue(
        p.contains("rules/unknown-key.yaml:4: unknown key 'severty' (did you mean 'severity'?)"),
        p.toString());
  }

  @Test
  void wrongTypeNamesTheAllowedValues() throws IOException {
    assertEquals(
        List.of(
            "rules/wrong-type.yaml:4: wrong value for 'severity': 3 (expected one of error, warning, note)"),
        problems("wrong-type.yaml"));
  }

  @Test
  void missingEvidence() throws IOException {
    assertEquals(
        List.of(
            "rules/missing-evidence.yaml:1: missing required key 'evidence' (add at least one "
                + "{url, summary}: a real issue, documentation page or source file)"),
        problems("missing-evidence.yaml"));
  }

  @Test
  void emptyEvidence() throws IOException {
    assertEquals(
        List.of(
            "rules/empty-evidence.yaml:16: 'evidence' is empty (list at least 1 entry: a real issue, "
                + "documentation page or source URL with a summary)"),
        problems("empty-evidence.yaml"));
  }

  @Test
  void unknownCondition() throws IOException {
    assertEquals(
        List.of(
            "rules/unknown-condition.yaml:27: unknown condition 'bigger-than' (expected one of all, any, "
                + "not, arg, equals, less-than, at-most, is-null, absent, constant, string, is, from-call, class, origin, result-used-by, "
                + "result-cast-to, guarded-by, channel-class, runtime, range)"),
        problems("unknown-condition.yaml"));
  }

  @Test
  void idMustEqualFileName() throws IOException {
    assertEquals(
        List.of(
            "rules/id-mismatch.yaml:1: id 'another-name' does not match the file name 'id-mismatch.yaml' "
                + "(rename the file to another-name.yaml or change the id to id-mismatch)"),
        problems("id-mismatch.yaml"));
  }

  @Test
  void javaRuleInOneEngineNeedsEngineNote() throws IOException {
    assertEquals(
        List.of(
            "rules/engine-note-missing.yaml:7: Java call rule lists only 'source' in 'engines' without "
                + "'engine-note' (add 'bytecode' or explain in engine-note why the bytecode engine cannot run it)"),
        problems("engine-note-missing.yaml"));
  }

  @Test
  void conditionWithTwoTests() throws IOException {
    assertEquals(
        List.of(
            "rules/two-tests.yaml:25: condition on argument 'fd' has several tests keys arg, less-than, "
                + "equals (one test per node: wrap several in 'all:' or 'any:')"),
        problems("two-tests.yaml"));
  }

  @Test
  void conditionOnUndefinedRole() throws IOException {
    assertEquals(
        List.of(
            "rules/undefined-role.yaml:27: condition uses role 'fdd' that no call pattern defines "
                + "(defined roles: fd)"),
        problems("undefined-role.yaml"));
  }

  @Test
  void customTagsAreRefused() throws IOException {
    List<String> p = problems("custom-tag.yaml");
    assertEquals(1, p.size(), p.toString());
    assertTrue(
        p.get(0)
            .startsWith(
                "rules/custom-tag.yaml:9: tag 'tag:yaml.org,2002:python/object:os.system' is not allowed"),
        p.get(0));
  }

  @Test
  void duplicateKeyInOneFile() throws IOException {
    assertEquals(
        List.of("rules/duplicate-key.yaml:6: duplicate key 'severity' (keep one 'severity' entry)"),
        problems("duplicate-key.yaml"));
  }

  @Test
  void duplicateIdAcrossFilesNamesBoth() throws Exception {
    Path one = resourceDir("dup1");
    Path two = resourceDir("dup2");
    RuleLoadException e =
        assertThrows(RuleLoadException.class, () -> new RuleLoader().load(List.of(one, two)));
    String origin1 = one.toString().replace('\\', '/') + "/dup-id.yaml";
    String origin2 = two.toString().replace('\\', '/') + "/dup-id.yaml";
    assertEquals(
        List.of(
            origin2
                + ":1: duplicate rule id 'dup-id', also defined in "
                + origin1
                + " (give one of them another id, or delete one)"),
        e.problems());
  }

  @Test
  void allProblemsOfAllFilesAreReportedTogether() throws Exception {
    RuleLoadException e =
        assertThrows(
            RuleLoadException.class,
            () -> new RuleLoader().loadDirectory(resourceDir(""), "rules/"));
    assertTrue(e.problems().size() >= 12, e.getMessage());
    assertTrue(e.getMessage().contains("unknown key 'severty'"));
    assertTrue(e.getMessage().contains("unknown condition 'bigger-than'"));
  }
}
