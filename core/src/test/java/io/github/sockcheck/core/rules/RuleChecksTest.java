package io.github.sockcheck.core.rules;

import static io.github.sockcheck.core.rules.InlineRules.callRule;
import static io.github.sockcheck.core.rules.InlineRules.combinationRule;
import static io.github.sockcheck.core.rules.InlineRules.lineOf;
import static io.github.sockcheck.core.rules.InlineRules.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.versions.Pep440VersionScheme;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@link RuleChecks} adds to the schema: combination ranges that the matcher can read (checked
 * with the version scheme it will use), and roles that fit the overload's parameters.
 */
class RuleChecksTest {

  private static final String MAVEN_SYNTAX =
      "(Maven range syntax, e.g. [4.2.8.Final,4.2.10.Final))";
  private static final String PEP440_SYNTAX = "(a PEP 440 specifier set, e.g. >=19.4,<21)";

  private static Rule load(String id, String text) throws RuleLoadException {
    return new RuleLoader().parse("rules/" + id + ".yaml", text);
  }

  @Test
  void wellFormedCombinationRangesLoad() throws RuleLoadException {
    Rule r =
        load(
            "c",
            combinationRule(
                "c",
                """
          dependencies:
            - maven: [io.netty:netty-transport]
              range: "[4.1.37.Final,4.1.52.Final)"
            - pypi: [gevent]
              range: ">=1.3a2,!=1.4.*"
          java-release: "(,16)"
          python: ">=3.7"
        """));
    assertEquals("(,16)", r.combination().javaRelease());
    assertEquals(">=1.3a2,!=1.4.*", r.combination().dependencies().get(1).range());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "maven dependency | '[4.1,'        | malformed range '[4.1,' " + MAVEN_SYNTAX,
        "maven dependency | 'x['           | malformed range 'x[' " + MAVEN_SYNTAX,
        "maven dependency | '4.1.0.Final]' | malformed range '4.1.0.Final]' " + MAVEN_SYNTAX,
        "maven dependency | '4.1.0.Final'  | '4.1.0.Final' is a single version, not a range (write a Maven range such as [4.1.0.Final,) or [4.1.0.Final])",
        "java-release     | '[17'          | malformed range '[17' " + MAVEN_SYNTAX,
        "java-release     | '16'           | '16' is a single version, not a range (write a Maven range such as [16,) or [16])",
        "pypi dependency  | '>=x'          | malformed range '>=x': 'x' is not a PEP 440 version "
            + PEP440_SYNTAX,
        "pypi dependency  | '~=3'          | malformed range '~=3': ~= needs at least two release numbers (e.g. ~=2.2) "
            + PEP440_SYNTAX,
        "pypi dependency  | '>=1.0+local'  | malformed range '>=1.0+local': local versions are only allowed with == and != "
            + PEP440_SYNTAX,
        "python           | '3.7'          | malformed range '3.7': expected an operator (==, >=, <, ~=, ...) "
            + PEP440_SYNTAX,
        "python           | '>=3.7.*'      | malformed range '>=3.7.*': '.*' is only allowed with == and != "
            + PEP440_SYNTAX,
      })
  void malformedCombinationRangesNameTheirLine(String where, String range, String message) {
    String body =
        switch (where) {
          case "maven dependency" ->
              "  dependencies:\n    - maven: [io.netty:netty-transport]\n      range: "
                  + range
                  + "\n";
          case "pypi dependency" ->
              "  dependencies:\n    - pypi: [gevent]\n      range: " + range + "\n";
          case "java-release" -> "  java-release: " + range + "\n";
          default -> "  python: " + range + "\n";
        };
    String text = combinationRule("c", "  gunicorn-workers: [gevent]\n" + body);
    String key = where.endsWith("dependency") ? "range:" : where + ":";
    assertEquals(
        List.of("rules/c.yaml:" + lineOf(text, key) + ": " + message), problems("c", text));
  }

  /**
   * Before, pypi ranges were read by the runtime checker, which took what PEP 440 (and so the scan)
   * rejects.
   */
  @Test
  void aPypiRangeThatLoadsIsOneTheMatcherCanRead() throws RuleLoadException {
    Rule r =
        load("c", combinationRule("c", "  dependencies: [{pypi: [gevent], range: '>=1.3,<24'}]\n"));
    new Pep440VersionScheme().validateRange(r.combination().dependencies().get(0).range());
    assertEquals(
        1,
        problems(
                "c", combinationRule("c", "  dependencies: [{pypi: [gevent], range: '>=1.0.x'}]\n"))
            .size());
  }

  @Test
  void aRoleAtTheLastParameterIsFineOneAfterItIsNot() throws RuleLoadException {
    String fits =
        callRule("r", "")
            .replace("params: [int]", "params: [int, int]")
            .replace("{fd: 0}", "{fd: 1}");
    assertEquals(java.util.Map.of("fd", 1), load("r", fits).call().calls().get(0).roles());
    String atArity =
        callRule("r", "")
            .replace("params: [int]", "params: [int, int]")
            .replace("{fd: 0}", "{fd: 2}");
    assertEquals(
        List.of(
            "rules/r.yaml:"
                + lineOf(atArity, "roles:")
                + ": role 'fd' is at position 2 but the overload "
                + "has 2 parameter(s) (positions are 0-based)"),
        problems("r", atArity));
  }

  @Test
  void aRoleThatIsAlsoImpliedIsFlagged() {
    String text =
        callRule("r", "").replace("roles: {fd: 0}", "roles: {fd: 0}\n      implied: {fd: 3}");
    assertEquals(
        List.of(
            "rules/r.yaml:"
                + lineOf(text, "implied:")
                + ": role 'fd' is both an argument and implied "
                + "(keep it in one of 'roles' or 'implied')"),
        problems("r", text));
  }

  @Test
  void codeUsesRolesAreCheckedLikeCallRoles() {
    String text =
        combinationRule(
            "c",
            """
          dependencies: [{maven: [a:b], range: "[1,)"}]
          code-uses:
            - owner: com.example.Foo
              member: <init>
              params: [int]
              roles: {fd: 1}
        """);
    assertEquals(
        List.of(
            "rules/c.yaml:"
                + lineOf(text, "roles:")
                + ": role 'fd' is at position 1 but the overload "
                + "has 1 parameter(s) (positions are 0-based)"),
        problems("c", text));
  }

  @Test
  void runtimeConditionRangesOfCallRulesAreChecked() {
    String java = callRule("r", "  where: {runtime: java, range: '[16'}\n");
    assertEquals(
        List.of(
            "rules/r.yaml:" + lineOf(java, "where:") + ": malformed range '[16' " + MAVEN_SYNTAX),
        problems("r", java));
    String python = callRule("r", "  where: {runtime: python, range: '3.7'}\n");
    assertEquals(
        List.of(
            "rules/r.yaml:"
                + lineOf(python, "where:")
                + ": malformed range '3.7' "
                + PEP440_SYNTAX),
        problems("r", python));
  }
}
