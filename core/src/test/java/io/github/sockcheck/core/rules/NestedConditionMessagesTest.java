package io.github.sockcheck.core.rules;

import static io.github.sockcheck.core.rules.InlineRules.assertOneProblemAtWhereLine;
import static io.github.sockcheck.core.rules.InlineRules.callRule;
import static io.github.sockcheck.core.rules.InlineRules.lineOf;
import static io.github.sockcheck.core.rules.InlineRules.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A malformed condition is reported with the same message and line wherever it sits: at the top of
 * {@code where:} or under {@code not:}, {@code all:} and {@code any:} at any depth. The schema
 * errors of a condition's own {@code not:} key were once taken for the explanations of a schema
 * {@code not} branch and dropped, so {@code where: {not: {arg: fd}}} reached the model builder and
 * threw a NullPointerException.
 */
class NestedConditionMessagesTest {

  private static final String NO_TEST =
      "condition on argument 'fd' has no test (add one of equals, less-than, "
          + "at-most, is-null, absent, constant, string, is, from-call, class, origin)";

  @Test
  void anArgumentWithoutATestUnderNotIsReportedAtItsLine() {
    String text = callRule("r", "  where:\n    not:\n      arg: fd\n");
    assertEquals(
        List.of("rules/r.yaml:" + lineOf(text, "not:") + ": " + NO_TEST), problems("r", text));
  }

  @Test
  void theSameMistakeAtTheTopSaysTheSame() {
    String text = callRule("r", "  where:\n    arg: fd\n");
    assertEquals(
        List.of("rules/r.yaml:" + lineOf(text, "where:") + ": " + NO_TEST), problems("r", text));
  }

  /** Each malformed condition with (part of) the message it must give. */
  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("{arg: fd}", NO_TEST),
        Arguments.of(
            "{}",
            "a condition is exactly one of all, any, not, arg + one test, result-used-by, "
                + "result-cast-to, guarded-by, channel-class, runtime + range (found no keys; split it into several nodes under 'all:' or 'any:')"),
        Arguments.of(
            "{runtime: java}",
            "a runtime condition needs both 'runtime' and 'range' (found keys runtime)"),
        Arguments.of(
            "{arg: fd, equals: [1], absent: true}", "condition on argument 'fd' has several tests"),
        Arguments.of("{bogus: 1}", "unknown condition 'bogus' (expected one of all, any, not,"),
        Arguments.of(
            "{arg: fd, is-null: false}",
            "wrong value for 'is-null': false (the only allowed value is true)"),
        Arguments.of("{arg: fd, equals: []}", "'equals' is empty (list at least 1 entry)"),
        Arguments.of(
            "{arg: fd, equals: [x]}",
            "wrong type for 'equals[0]': 'x' is a string (expected an integer)"),
        Arguments.of(
            "{arg: fd, origin: [bogus]}",
            "wrong value for 'origin[0]': 'bogus' (expected one of constant,"),
        Arguments.of("{result-cast-to: []}", "'result-cast-to' is empty (list at least 1 entry)"),
        Arguments.of("{all: []}", "'all' is empty (list at least 1 entry)"),
        Arguments.of(
            "{any: {arg: fd, absent: true}}",
            "wrong type for 'any': {...} is a mapping (expected a list)"),
        Arguments.of("{not: []}", "wrong type for 'not': [...] is a list (expected a mapping)"),
        Arguments.of(
            "{arg: nope, absent: true}",
            "condition uses role 'nope' that no call pattern defines (defined roles: fd)"),
        Arguments.of("{runtime: java, range: '17'}", "'17' is a single version, not a range"),
        Arguments.of(
            "{runtime: python, range: '>=x'}", "malformed range '>=x' (a PEP 440 specifier set"));
  }

  private static final List<String> WRAPPERS =
      List.of(
          "{not: %s}",
          "{not: {not: %s}}",
          "{all: [{arg: fd, absent: true}, %s]}",
          "{any: [%s, {arg: fd, less-than: 0}]}",
          "{all: [{not: {any: [{result-cast-to: [x.Y]}, %s]}}]}");

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void aMalformedConditionReadsTheSameAtAnyDepth(String condition, String expected) {
    List<String> atTop = assertOneProblemAtWhereLine(condition, expected);
    for (String wrapper : WRAPPERS) {
      String where = String.format(wrapper, condition);
      assertEquals(atTop, problems("r", callRule("r", "  where: " + where + "\n")), where);
    }
  }
}
