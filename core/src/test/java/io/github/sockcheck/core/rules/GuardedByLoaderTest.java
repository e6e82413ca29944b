package io.github.sockcheck.core.rules;

import static io.github.sockcheck.core.rules.InlineRules.assertMalformedAtWhereLineAtAnyNesting;
import static io.github.sockcheck.core.rules.InlineRules.callRule;
import static io.github.sockcheck.core.rules.InlineRules.lineOf;
import static io.github.sockcheck.core.rules.InlineRules.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.facts.GuardOutcome;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code guarded-by} condition: what it loads into, and what a mistake in it says (file:line:
 * problem (fix)), also when nested under all/any/not.
 */
class GuardedByLoaderTest {

  private static Condition where(String condition) throws Exception {
    String text = callRule("r", "  where: " + condition + "\n");
    return new RuleLoader().parse("rules/r.yaml", text).call().where();
  }

  @Test
  void loadsCallsRolesWhereAndOutcomes() throws Exception {
    assertEquals(
        new Condition.GuardedBy(
            List.of(MemberPattern.parse("java.lang.System#getenv")),
            Map.of("name", 0),
            new Condition.Arg("name", new ValueTest.StringValue(List.of("LISTEN_FDS"))),
            Set.of(GuardOutcome.NON_NULL, GuardOutcome.TRUE, GuardOutcome.COMPARED)),
        where(
            "{guarded-by: {calls: ['java.lang.System#getenv'], roles: {name: 0},"
                + " where: {arg: name, string: [LISTEN_FDS]},"
                + " outcome: [non-null, is-true, compared]}}"));
  }

  @Test
  void withoutOutcomesEveryOutcomeCounts() throws Exception {
    assertEquals(
        new Condition.GuardedBy(List.of(MemberPattern.parse("getenv")), Map.of(), null, Set.of()),
        where("{guarded-by: {calls: [getenv]}}"));
  }

  @Test
  void everyOutcomeNameLoads() throws Exception {
    Condition c =
        where("{guarded-by: {calls: [getenv], outcome: [is-null, is-false, non-null, is-true]}}");
    assertEquals(
        Set.of(GuardOutcome.NULL, GuardOutcome.FALSE, GuardOutcome.NON_NULL, GuardOutcome.TRUE),
        ((Condition.GuardedBy) c).outcomes());
  }

  @Test
  void itsWhereTestsOnlyTheGuardingCallsArguments() {
    String text =
        callRule(
            "r",
            """
          where:
            guarded-by:
              calls: [getenv]
              roles: {name: 0}
              where:
                all:
                  - {arg: fd, string: [LISTEN_FDS]}
                  - {result-cast-to: [java.net.Socket]}
                  - {runtime: java, range: "[17,)"}
                  - {guarded-by: {calls: [getenv]}}
        """);
    assertEquals(
        List.of(
            "rules/r.yaml:"
                + lineOf(text, "{arg: fd")
                + ": condition uses role 'fd' that this guarded-by entry does not define in its"
                + " 'roles' (defined roles: name)",
            "rules/r.yaml:"
                + lineOf(text, "result-cast-to")
                + ": 'result-cast-to' cannot be nested in a guarded-by entry's 'where', which tests"
                + " the guarding call's arguments (move it beside the entry, under 'all:')",
            "rules/r.yaml:"
                + lineOf(text, "runtime:")
                + ": a guarded-by entry's 'where' cannot test the runtime (put the runtime test"
                + " beside the entry, under 'all:')",
            "rules/r.yaml:"
                + lineOf(text, "- {guarded-by")
                + ": 'guarded-by' cannot be nested in a guarded-by entry's 'where', which tests the"
                + " guarding call's arguments (move it beside the entry, under 'all:')"),
        problems("r", text));
  }

  @Test
  void rolesWithoutWhereAreAMistake() {
    String text =
        callRule(
            "r",
            """
          where:
            guarded-by:
              calls: [getenv]
              roles: {name: 0}
        """);
    assertEquals(
        List.of(
            "rules/r.yaml:"
                + lineOf(text, "roles: {name")
                + ": guarded-by has 'roles' but no 'where' that tests them (add a 'where' or"
                + " remove 'roles')"),
        problems("r", text));
  }

  /** Each malformed guarded-by with the start of the message it must give. */
  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of(
            "{guarded-by: getenv}",
            "wrong type for 'guarded-by': 'getenv' is a string (expected a mapping)"),
        Arguments.of("{guarded-by: {roles: {name: 0}}}", "missing required key 'calls'"),
        Arguments.of("{guarded-by: {calls: []}}", "'calls' is empty (list at least 1 entry)"),
        Arguments.of(
            "{guarded-by: {calls: ['a#b#c']}}",
            "malformed 'calls[0]': 'a#b#c' (write Owner#member, member, or *#member)"),
        Arguments.of(
            "{guarded-by: {calls: [getenv], outcomes: [is-true]}}",
            "unknown key 'outcomes' (did you mean 'outcome'?)"),
        Arguments.of(
            "{guarded-by: {calls: [getenv], outcome: [true]}}",
            "wrong value for 'outcome[0]': true (expected one of non-null, is-null, is-true,"
                + " is-false, compared)"),
        Arguments.of(
            "{guarded-by: {calls: [getenv], outcome: [is-true, is-true]}}",
            "'outcome' lists a value twice (remove the repetition)"),
        Arguments.of(
            "{guarded-by: {calls: [getenv]}, result-cast-to: [java.net.Socket]}",
            "a condition is exactly one of all, any, not, arg + one test, result-used-by,"
                + " result-cast-to, guarded-by, channel-class, runtime + range"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void aMalformedGuardSaysWhatIsWrongAtItsLine(String condition, String expected) {
    assertMalformedAtWhereLineAtAnyNesting(condition, expected);
  }
}
