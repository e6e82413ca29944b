package io.github.sockcheck.core.rules;

import static io.github.sockcheck.core.rules.InlineRules.assertMalformedAtWhereLineAtAnyNesting;
import static io.github.sockcheck.core.rules.InlineRules.callRule;
import static io.github.sockcheck.core.rules.InlineRules.lineOf;
import static io.github.sockcheck.core.rules.InlineRules.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The class-literal, string and boolean value tests and {@code result-used-by} with conditions on
 * the use's own arguments: what they load into, and what a mistake in them says (file:line: problem
 * (fix)).
 */
class UseConditionsAndValueTestsLoaderTest {

  private static Condition where(String condition) throws Exception {
    String text = callRule("r", "  where: " + condition + "\n");
    return new RuleLoader().parse("rules/r.yaml", text).call().where();
  }

  @Test
  void valueTestsLoad() throws Exception {
    assertEquals(
        new Condition.Arg(
            "fd", new ValueTest.ClassLiteral(List.of("java.net.Socket", "org.x.AF*Socket"))),
        where("{arg: fd, class: [java.net.Socket, 'org.x.AF*Socket']}"));
    assertEquals(
        new Condition.Arg("fd", new ValueTest.StringValue(List.of("LISTEN_FDS", "LISTEN_PID"))),
        where("{arg: fd, string: [LISTEN_FDS, LISTEN_PID]}"));
    assertEquals(new Condition.Arg("fd", new ValueTest.Is(true)), where("{arg: fd, is: true}"));
    assertEquals(new Condition.Arg("fd", new ValueTest.Is(false)), where("{arg: fd, is: false}"));
  }

  @Test
  void resultUsedByAsAListKeepsItsMeaning() throws Exception {
    assertEquals(
        new Condition.ResultUsedBy(List.of(MemberPattern.parse("as"))),
        where("{result-used-by: [as]}"));
  }

  @Test
  void resultUsedByWithConditionsOnTheUse() throws Exception {
    Condition c =
        where(
            "{result-used-by: {calls: ['org.x.Cast#as', as], roles: {target: 0},"
                + " where: {arg: target, class: [java.net.Socket]}}}");
    assertEquals(
        new Condition.ResultUsedBy(
            List.of(MemberPattern.parse("org.x.Cast#as"), MemberPattern.parse("as")),
            Map.of("target", 0),
            new Condition.Arg("target", new ValueTest.ClassLiteral(List.of("java.net.Socket")))),
        c);
  }

  @Test
  void useConditionsNeedTheirOwnRoles() {
    String text =
        callRule(
            "r",
            """
          where:
            result-used-by:
              calls: [as]
              roles: {target: 0}
              where: {arg: fd, class: [java.net.Socket]}
        """);
    assertEquals(
        List.of(
            "rules/r.yaml:"
                + lineOf(text, "where: {arg: fd")
                + ": condition uses role 'fd' that this "
                + "result-used-by entry does not define in its 'roles' (defined roles: target)"),
        problems("r", text));
  }

  @Test
  void useConditionsTestOnlyTheUsesArguments() {
    String text =
        callRule(
            "r",
            """
          where:
            result-used-by:
              calls: [as]
              roles: {target: 0}
              where:
                all:
                  - {result-cast-to: [java.net.Socket]}
                  - {runtime: java, range: "[17,)"}
        """);
    assertEquals(
        List.of(
            "rules/r.yaml:"
                + lineOf(text, "result-cast-to")
                + ": 'result-cast-to' cannot be nested in a result-used-by "
                + "entry's 'where', which tests the use's arguments (move it beside the entry, under 'all:')",
            "rules/r.yaml:"
                + lineOf(text, "runtime:")
                + ": a result-used-by entry's 'where' cannot test the runtime (put "
                + "the runtime test beside the entry, under 'all:')"),
        problems("r", text));
  }

  /**
   * Each malformed condition with (part of) the message it must give, also when nested (see below).
   */
  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("{arg: fd, class: []}", "'class' is empty (list at least 1 entry)"),
        Arguments.of(
            "{arg: fd, class: ['java net']}",
            "malformed 'class[0]': 'java net' (a class name or glob, "
                + "e.g. java.net.Socket or org.newsclub.net.unix.AF*Socket)"),
        Arguments.of("{arg: fd, string: []}", "'string' is empty (list at least 1 entry)"),
        Arguments.of(
            "{arg: fd, string: [3]}",
            "wrong type for 'string[0]': 3 is an integer (expected a string; quote the value)"),
        Arguments.of(
            "{arg: fd, is: 'yes'}", "wrong type for 'is': 'yes' is a string (expected a boolean)"),
        Arguments.of(
            "{arg: fd, is: true, string: [x]}", "condition on argument 'fd' has several tests"),
        Arguments.of(
            "{result-used-by: as}",
            "wrong type for 'result-used-by': 'as' is a string (expected a list of "
                + "Owner#member patterns, or a mapping with 'calls', 'roles' and 'where')"),
        Arguments.of("{result-used-by: {roles: {target: 0}}}", "missing required key 'calls'"),
        Arguments.of(
            "{result-used-by: {calls: [as], role: {target: 0}}}",
            "unknown key 'role' (did you mean 'roles'?)"),
        Arguments.of(
            "{result-used-by: {calls: ['a#b#c']}}",
            "malformed 'calls[0]': 'a#b#c' (write Owner#member, member, or *#member)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void aMalformedConditionSaysWhatIsWrongAtItsLine(String condition, String expected) {
    assertMalformedAtWhereLineAtAnyNesting(condition, expected);
  }
}
