package io.github.sockcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact message, line and fix a rule author reads for each kind of schema mistake: wrong type
 * (with the value shown and what to write instead), wrong value, malformed text with the pattern's
 * hint, empty or repeated lists, negative positions, missing keys (with where they are missing),
 * keys a Python or Java pattern may not have, and disabling files.
 */
class RuleSchemaMessagesTest {

  /** The inline call rule with one line replaced. */
  private static String call(String line, String replacement) {
    String rule = InlineRules.callRule("r", "");
    if (!rule.contains(line)) throw new IllegalArgumentException(line + " is not in the rule");
    return rule.replace(line, replacement);
  }

  private static final String PYTHON_WITH_PARAMS =
      call(
              "    - owner: com.example.Foo\n      member: <init>\n",
              "    - language: python\n      callees: [socket.socket]\n      member: socket\n")
          .replace("engines: [source, bytecode]", "engines: [python]");

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of(
            "a number where text is expected",
            call("title: Sample rule for loader tests", "title: 3"),
            List.of(
                "rules/r.yaml:4: wrong type for 'title': 3 is an integer (expected a string; quote the value)")),
        Arguments.of(
            "a decimal",
            call("title: Sample rule for loader tests", "title: 3.5"),
            List.of(
                "rules/r.yaml:4: wrong type for 'title': 3.5 is a number (expected a string; quote the value)")),
        Arguments.of(
            "a boolean",
            call("title: Sample rule for loader tests", "title: true"),
            List.of(
                "rules/r.yaml:4: wrong type for 'title': true is a boolean (expected a string; quote the value)")),
        Arguments.of(
            "a list where text is expected",
            call("title: Sample rule for loader tests", "title: [a]"),
            List.of("rules/r.yaml:4: wrong type for 'title': [...] is a list (expected a string)")),
        Arguments.of(
            "a mapping where text is expected",
            call("title: Sample rule for loader tests", "title: {a: 1}"),
            List.of(
                "rules/r.yaml:4: wrong type for 'title': {...} is a mapping (expected a string)")),
        Arguments.of(
            "nothing where text is expected",
            call("title: Sample rule for loader tests", "title:"),
            List.of(
                "rules/r.yaml:4: wrong type for 'title': (empty) is empty (expected a string)")),
        Arguments.of(
            "a title with a period",
            call("title: Sample rule for loader tests", "title: Ends with a period."),
            List.of(
                "rules/r.yaml:4: malformed 'title': 'Ends with a period.' (one line without a trailing period)")),
        Arguments.of(
            "text where a list is expected",
            call("tags: [test]", "tags: test"),
            List.of("rules/r.yaml:7: wrong type for 'tags': 'test' is a string (expected a list)")),
        Arguments.of(
            "an empty list",
            call("tags: [test]", "tags: []"),
            List.of("rules/r.yaml:7: 'tags' is empty (list at least 1 entry)")),
        Arguments.of(
            "a repeated tag",
            call("tags: [test]", "tags: [test, test]"),
            List.of("rules/r.yaml:7: 'tags' lists a value twice (remove the repetition)")),
        Arguments.of(
            "a malformed tag",
            call("tags: [test]", "tags: [Test]"),
            List.of("rules/r.yaml:7: malformed 'tags[0]': 'Test' (see rules/README.md)")),
        Arguments.of(
            "an unknown severity",
            call("severity: warning", "severity: fatal"),
            List.of(
                "rules/r.yaml:5: wrong value for 'severity': 'fatal' (expected one of error, warning, note)")),
        Arguments.of(
            "an unknown kind",
            call("kind: call", "kind: rule"),
            List.of(
                "rules/r.yaml:2: wrong value for 'kind': 'rule' (expected one of call, combination)")),
        Arguments.of(
            "an engine of the other kind",
            call("engines: [source, bytecode]", "engines: [source, bytecode, combination]"),
            List.of(
                "rules/r.yaml:3: wrong value for 'engines[2]': 'combination' (expected one of source, bytecode, python)")),
        Arguments.of(
            "an unknown example language",
            call("  language: java", "  language: cobol"),
            List.of(
                "rules/r.yaml:11: wrong value for 'language': 'cobol' (expected one of java, python, xml, text)")),
        Arguments.of(
            "an id that is not kebab-case",
            call("id: r", "id: Not_Kebab"),
            List.of(
                "rules/r.yaml:1: malformed 'id': 'Not_Kebab' (use kebab-case: lowercase words joined by '-')")),
        Arguments.of(
            "a malformed CWE",
            call("precision: high", "precision: high\ncwe: CWE628"),
            List.of(
                "rules/r.yaml:7: malformed 'cwe': 'CWE628' (write it as CWE-<number>, e.g. CWE-628)")),
        Arguments.of(
            "a relative URL",
            call("  - url: https://github.com/netty/netty/issues/1", "  - url: not-a-url"),
            List.of("rules/r.yaml:17: malformed 'url': 'not-a-url' (an absolute http(s) URL)")),
        Arguments.of(
            "a malformed owner",
            call("    - owner: com.example.Foo", "    - owner: a b"),
            List.of(
                "rules/r.yaml:21: malformed 'owner': 'a b' (a fully qualified type name with '$' for nested classes, or *)")),
        Arguments.of(
            "a malformed member",
            call("      member: <init>", "      member: a-b"),
            List.of(
                "rules/r.yaml:22: malformed 'member': 'a-b' (a method name, or <init> for a constructor)")),
        Arguments.of(
            "a negative position",
            call("      roles: {fd: 0}", "      roles: {fd: -1}"),
            List.of("rules/r.yaml:24: 'fd' is -1 (positions are 0-based: use 0 or more)")),
        Arguments.of(
            "params that are no list",
            call("      params: [int]", "      params: 3"),
            List.of("rules/r.yaml:23: wrong type for 'params': 3 is an integer (expected a list)")),
        Arguments.of(
            "callees on a Java pattern",
            call("      params: [int]", "      params: [int]\n      callees: [socket]"),
            List.of(
                "rules/r.yaml:24: key 'callees' is not allowed here ('callees' is only for patterns with language: python)")),
        Arguments.of(
            "an empty message",
            call("message: \"{call} wraps fd\"", "message: \"\""),
            List.of("rules/r.yaml:8: 'message' is empty (write a value)")),
        Arguments.of(
            "a missing fix",
            call("fix: Pass a real fd.\n", ""),
            List.of("rules/r.yaml:1: missing required key 'fix' (add 'fix'; see rules/README.md)")),
        Arguments.of(
            "a missing nested key",
            call("  compliant: new Foo(fd);\n", ""),
            List.of(
                "rules/r.yaml:10: missing required key 'compliant' in 'examples' (add 'compliant'; see rules/README.md)")),
        Arguments.of(
            "a malformed role in a condition",
            InlineRules.callRule("r", "  where: {arg: Fd, absent: true}\n"),
            List.of(
                "rules/r.yaml:25: malformed 'arg': 'Fd' (a role name defined in 'roles' (lowercase))")),
        Arguments.of(
            "a malformed from-call",
            InlineRules.callRule("r", "  where: {arg: fd, from-call: ['a b']}\n"),
            List.of(
                "rules/r.yaml:25: malformed 'from-call[0]': 'a b' (write Owner#member, member, or *#member)")),
        Arguments.of(
            "a malformed result-used-by",
            InlineRules.callRule("r", "  where: {result-used-by: ['#']}\n"),
            List.of(
                "rules/r.yaml:25: malformed 'result-used-by[0]': '#' (write Owner#member, member, or *#member)")),
        Arguments.of(
            "a malformed cast type",
            InlineRules.callRule("r", "  where: {result-cast-to: ['1x']}\n"),
            List.of("rules/r.yaml:25: malformed 'result-cast-to[0]': '1x' (see rules/README.md)")),
        Arguments.of(
            "params on a Python pattern",
            PYTHON_WITH_PARAMS,
            List.of(
                "rules/r.yaml:24: key 'params' is not allowed here (Python call patterns name the callee in 'callees')")),
        Arguments.of(
            "a disabling file with more keys",
            "id: r\ndisabled: true\ntitle: x\n",
            List.of(
                "rules/r.yaml:1: a disabling rule file holds only 'id' and 'disabled: true' (remove the other keys)")),
        Arguments.of(
            "a disabling file with disabled: false",
            "id: r\ndisabled: false\n",
            List.of(
                "rules/r.yaml:2: wrong value for 'disabled': false (the only allowed value is true)")),
        Arguments.of(
            "an empty combination match",
            InlineRules.combinationRule("r", "  {}\n"),
            List.of("rules/r.yaml:19: 'match' is empty (add at least one entry)")),
        Arguments.of(
            "a dependency without range",
            InlineRules.combinationRule("r", "  dependencies: [{maven: [a:b]}]\n"),
            List.of(
                "rules/r.yaml:20: missing required key 'range' in 'match.dependencies.0' (give the version range)")),
        Arguments.of(
            "a code use without member",
            InlineRules.combinationRule("r", "  code-uses: [{owner: a.B}]\n"),
            List.of(
                "rules/r.yaml:20: missing required key 'member' in 'match.code-uses.0' (give the method name, or <init> for a constructor)")),
        Arguments.of(
            "a Python code use without callees",
            InlineRules.combinationRule("r", "  code-uses: [{language: python, member: socket}]\n"),
            List.of(
                "rules/r.yaml:20: missing required key 'callees' in 'match.code-uses.0' (list the callee spellings, e.g. [socket.socket, socket])")),
        Arguments.of(
            "a Python code use with owner",
            InlineRules.combinationRule(
                "r", "  code-uses: [{language: python, member: m, callees: [x], owner: a.B}]\n"),
            List.of(
                "rules/r.yaml:20: key 'owner' is not allowed here (Python call patterns name the callee in 'callees')")),
        Arguments.of(
            "a Python code use with subtypes",
            InlineRules.combinationRule(
                "r",
                "  code-uses: [{language: python, member: m, callees: [x], subtypes: true}]\n"),
            List.of(
                "rules/r.yaml:20: key 'subtypes' is not allowed here (Python call patterns name the callee in 'callees')")),
        Arguments.of(
            "a Python code use with returns",
            InlineRules.combinationRule(
                "r", "  code-uses: [{language: python, member: m, callees: [x], returns: int}]\n"),
            List.of(
                "rules/r.yaml:20: key 'returns' is not allowed here (Python call patterns name the callee in 'callees')")),
        Arguments.of(
            "a type use with a member",
            InlineRules.combinationRule("r", "  code-uses: [{type: a.B, member: m}]\n"),
            List.of("rules/r.yaml:20: unknown key 'member' (allowed keys here: type)")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void eachMistakeHasItsMessage(String mistake, String text, List<String> expected) {
    assertEquals(expected, InlineRules.problems("r", text));
  }
}
