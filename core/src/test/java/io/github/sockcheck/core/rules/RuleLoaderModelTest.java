package io.github.sockcheck.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.ArgOrigin;
import io.github.sockcheck.core.facts.Language;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLoaderModelTest {

  static final String COMMON =
      """
      title: Sample
      severity: error
      precision: very-high
      tags: [python, reliability]
      cwe: CWE-628
      message: "{call} omits proto"
      help: Why.
      examples: {language: python, noncompliant: "socket.socket(fileno=fd)", compliant: "socket.socket(fileno=fd, proto=6)"}
      fix: Pass proto.
      applies-to: gunicorn >= 19.4
      evidence:
        - {url: "https://github.com/benoitc/gunicorn/issues/1", summary: "Errno 92"}
      """;

  static String pythonRule(String id) {
    return "id: "
        + id
        + "\nkind: call\nengines: [python]\n"
        + COMMON
        + """
        match:
          calls:
            - language: python
              callees: [socket.socket, socket]
              member: socket
              roles: {family: 0, type: 1, proto: 2, fileno: 3}
          where:
            all:
              - not: {arg: fileno, absent: true}
              - any:
                  - {arg: proto, absent: true}
                  - {arg: proto, less-than: 0}
                  - {arg: proto, origin: [parameter, unknown]}
                  - {arg: family, constant: ["AF_*"]}
                  - {arg: family, from-call: ["socket#fileno", "*#family"]}
                  - {arg: type, equals: [0x1, 2]}
                  - {arg: type, at-most: 0}
                  - {arg: type, is-null: true}
              - runtime: python
                range: ">=3.7"
        """;
  }

  @Test
  void buildsAPythonCallRule() throws Exception {
    Rule r = new RuleLoader().parse("rules/py-rule.yaml", pythonRule("py-rule"));
    assertEquals(RuleKind.CALL, r.kind());
    assertEquals(Severity.ERROR, r.severity());
    assertEquals(Precision.VERY_HIGH, r.precision());
    assertEquals("CWE-628", r.cwe());
    assertEquals(Set.of("python"), r.engines());
    assertEquals("rules/py-rule.yaml", r.origin());
    CallPattern p = r.call().calls().get(0);
    assertEquals(Language.PYTHON, p.language());
    assertEquals(List.of("socket.socket", "socket"), p.callees());
    assertEquals(Map.of("family", 0, "type", 1, "proto", 2, "fileno", 3), p.roles());
    Condition.All all = (Condition.All) r.call().where();
    assertEquals(
        new Condition.Not(new Condition.Arg("fileno", new ValueTest.Absent())),
        all.conditions().get(0));
    List<Condition> any = ((Condition.Any) all.conditions().get(1)).conditions();
    assertEquals(new Condition.Arg("proto", new ValueTest.LessThan(0)), any.get(1));
    assertEquals(
        new Condition.Arg(
            "proto", new ValueTest.Origin(Set.of(ArgOrigin.PARAMETER, ArgOrigin.UNKNOWN))),
        any.get(2));
    assertEquals(new Condition.Arg("family", new ValueTest.Constant(List.of("AF_*"))), any.get(3));
    assertEquals(
        new Condition.Arg(
            "family",
            new ValueTest.FromCall(
                List.of(new MemberPattern("socket", "fileno"), new MemberPattern("*", "family")))),
        any.get(4));
    assertEquals(new Condition.Arg("type", new ValueTest.Equals(List.of(1L, 2L))), any.get(5));
    assertEquals(new Condition.Arg("type", new ValueTest.AtMost(0)), any.get(6));
    assertEquals(new Condition.Arg("type", new ValueTest.IsNull()), any.get(7));
    assertEquals(new Condition.Runtime("python", ">=3.7"), all.conditions().get(2));
  }

  @Test
  void buildsAJavaCallRuleWithResultConditionsAndImpliedRoles() throws Exception {
    String text =
        "id: j\nkind: call\nengines: [source, bytecode]\n"
            + COMMON.replace("tags: [python, ", "tags: [")
            + """
        match:
          calls:
            - owner: java.nio.channels.DatagramChannel
              subtypes: true
              member: open
              params: []
              returns: java.nio.channels.DatagramChannel
            - owner: com.savarese.rocksaw.net.RawSocket
              member: open
              params: [int, int]
              roles: {family: 0, protocol: 1}
              implied: {type: 3}
          where:
            any:
              - result-used-by: ["java.nio.channels.DatagramChannel#join", join]
              - result-cast-to: [java.nio.channels.DatagramChannel]
        """;
    Rule r = new RuleLoader().parse("rules/j.yaml", text);
    CallPattern open = r.call().calls().get(0);
    assertEquals(Language.JAVA, open.language());
    assertTrue(open.subtypes());
    assertEquals(List.of(), open.params());
    assertEquals("java.nio.channels.DatagramChannel", open.returns());
    CallPattern raw = r.call().calls().get(1);
    assertEquals(Map.of("type", 3L), raw.implied());
    assertFalse(raw.subtypes());
    assertNull(raw.returns());
    Condition.Any any = (Condition.Any) r.call().where();
    assertEquals(
        new Condition.ResultUsedBy(
            List.of(
                new MemberPattern("java.nio.channels.DatagramChannel", "join"),
                new MemberPattern("*", "join"))),
        any.conditions().get(0));
    assertEquals(
        new Condition.ResultCastTo(List.of("java.nio.channels.DatagramChannel")),
        any.conditions().get(1));
  }

  @Test
  void buildsACombinationRule() throws Exception {
    String text =
        "id: combo\nkind: combination\nengines: [combination, python]\n"
            + COMMON.replace("{call} omits proto", "{dependency} {version}")
            + """
        match:
          dependencies:
            - pypi: [Gunicorn]
              range: ">=19.4"
            - maven: [io.netty:netty-transport-classes-epoll, io.netty:netty-all]
              range: "[4.2.8.Final,4.2.10.Final)"
          java-release: "[16,)"
          python: ">=3.7"
          gunicorn-workers: [gevent, gevent_wsgi]
          code-uses:
            - owner: io.netty.channel.epoll.EpollDatagramChannel
              member: <init>
        """;
    Rule r = new RuleLoader().parse("rules/combo.yaml", text);
    CombinationMatch m = r.combination();
    assertNull(r.call());
    assertEquals(
        new DependencyPattern("pypi", List.of("gunicorn"), ">=19.4"), m.dependencies().get(0));
    assertEquals(
        new DependencyPattern(
            "maven",
            List.of("io.netty:netty-transport-classes-epoll", "io.netty:netty-all"),
            "[4.2.8.Final,4.2.10.Final)"),
        m.dependencies().get(1));
    assertEquals("[16,)", m.javaRelease());
    assertEquals(">=3.7", m.python());
    assertEquals(List.of("gevent", "gevent_wsgi"), m.gunicornWorkers());
    assertEquals("<init>", m.codeUses().get(0).member());
    assertEquals(List.of(r), new RulePack(List.of(r)).rulesForMember("<init>"));
  }

  static String combination(String id, String match) {
    return "id: "
        + id
        + "\nkind: combination\nengines: [combination]\n"
        + COMMON.replace("{call} omits proto", "{dependency} {version}")
        + match;
  }

  @Test
  void buildsAbsentDependenciesAndCodeUseConditions() throws Exception {
    Rule r =
        new RuleLoader()
            .parse(
                "rules/a.yaml",
                combination(
                    "a",
                    """
        match:
          dependencies:
            - maven: [io.vertx:vertx-core]
              range: "(,5.0.0)"
            - maven: [io.netty:netty-transport-native-epoll]
              absent: true
            - maven: [io.netty:netty-all]
              range: "[4.1.0.Final,)"
              absent: true
          code-uses:
            - owner: io.vertx.core.net.SocketAddress
              member: domainSocketAddress
              roles: {path: 0}
              where:
                not: {arg: path, is-null: true}
            - owner: io.vertx.core.net.NetServer
              member: listen
        """));
    CombinationMatch m = r.combination();
    assertEquals(
        new DependencyPattern("maven", List.of("io.vertx:vertx-core"), "(,5.0.0)", false),
        m.dependencies().get(0));
    assertEquals(
        new DependencyPattern(
            "maven", List.of("io.netty:netty-transport-native-epoll"), null, true),
        m.dependencies().get(1));
    assertEquals(
        new DependencyPattern("maven", List.of("io.netty:netty-all"), "[4.1.0.Final,)", true),
        m.dependencies().get(2));
    assertEquals(
        List.of(
            new Condition.Not(new Condition.Arg("path", new ValueTest.IsNull())),
            CombinationMatch.ALWAYS),
        m.codeUseConditions());
  }

  @Test
  void combinationFormatMistakesNameLineAndFix() {
    String text =
        combination(
            "c",
            """
        match:
          dependencies:
            - maven: [io.netty:netty-transport-native-epoll]
              absent: true
            - maven: [io.vertx:vertx-core]
          code-uses:
            - owner: io.vertx.core.net.SocketAddress
              member: domainSocketAddress
              roles: {path: 0}
              where:
                all:
                  - not: {arg: pth, is-null: true}
                  - {runtime: java, range: "[16,)"}
        """);
    RuleLoadException e =
        assertThrows(RuleLoadException.class, () -> new RuleLoader().parse("rules/c.yaml", text));
    assertEquals(
        List.of(
            "rules/c.yaml:20: missing required key 'range' in 'match.dependencies.1' (give the version range)"),
        e.problems());

    RuleLoadException e2 =
        assertThrows(
            RuleLoadException.class,
            () ->
                new RuleLoader()
                    .parse(
                        "rules/c.yaml",
                        text.replace(
                            "- maven: [io.vertx:vertx-core]",
                            "- maven: [io.vertx:vertx-core]\n      range: \"(,5)\"")));
    assertEquals(
        List.of(
            "rules/c.yaml:19: the first dependency entry decides where the finding is reported, so it cannot be 'absent' "
                + "(put a dependency that must be present first)",
            "rules/c.yaml:28: condition uses role 'pth' that this code-uses pattern does not define (defined roles: path)",
            "rules/c.yaml:29: a code-uses condition cannot test the runtime (use the rule's 'java-release' or 'python' key instead)"),
        e2.problems());
  }

  @Test
  void aConditionUnderNotIsCheckedToo() {
    String text =
        pythonRule("n").replace("- not: {arg: fileno, absent: true}", "- not: {arg: fileno}");
    RuleLoadException e =
        assertThrows(RuleLoadException.class, () -> new RuleLoader().parse("rules/n.yaml", text));
    assertEquals(
        List.of(
            "rules/n.yaml:24: condition on argument 'fileno' has no test (add one of equals, less-than, "
                + "at-most, is-null, absent, constant, string, is, from-call, class, origin)"),
        e.problems());
  }

  @Test
  void aCallRulePatternTakesNoWhere() {
    String text =
        pythonRule("w")
            .replace(
                "roles: {family: 0, type: 1, proto: 2, fileno: 3}",
                "roles: {family: 0, type: 1, proto: 2, fileno: 3}\n      where: {arg: proto, absent: true}");
    RuleLoadException e =
        assertThrows(RuleLoadException.class, () -> new RuleLoader().parse("rules/w.yaml", text));
    assertEquals(
        List.of(
            "rules/w.yaml:22: key 'where' is not allowed here (a call pattern takes 'where' only under a "
                + "combination rule's code-uses; a call rule's condition is 'match.where')"),
        e.problems());
  }

  @Test
  void kindDecidesTheMatchShape() {
    String text =
        "id: k\nkind: combination\nengines: [combination]\n"
            + COMMON
            + """
        match:
          calls:
            - owner: a.B
              member: c
        """;
    RuleLoadException e =
        assertThrows(RuleLoadException.class, () -> new RuleLoader().parse("rules/k.yaml", text));
    assertTrue(
        e.problems()
            .contains(
                "rules/k.yaml:17: unknown key 'calls' (allowed keys here: dependencies, "
                    + "java-release, python, gunicorn-workers, code-uses, code-uses-all, any)"),
        e.problems().toString());
  }

  @Test
  void pythonPatternsTakeNoOwner() {
    String text =
        pythonRule("p")
            .replace("callees: [socket.socket, socket]", "callees: [socket]\n      owner: socket");
    RuleLoadException e =
        assertThrows(RuleLoadException.class, () -> new RuleLoader().parse("rules/p.yaml", text));
    assertEquals(
        List.of(
            "rules/p.yaml:20: key 'owner' is not allowed here (Python call patterns name the callee in 'callees')"),
        e.problems());
  }

  @Test
  void malformedRangesAndPlaceholders() {
    String text =
        pythonRule("r")
            .replace("\">=3.7\"", "\"3.7\"")
            .replace("{call} omits proto", "{call} {colour}");
    RuleLoadException e =
        assertThrows(RuleLoadException.class, () -> new RuleLoader().parse("rules/r.yaml", text));
    assertEquals(
        List.of(
            "rules/r.yaml:9: unknown placeholder '{colour}' in 'message' (use one of {call}, {owner}, {member}, {arg:ROLE}, "
                + "{use}, {dependency}, {version}, {trail}, {runtime})",
            "rules/r.yaml:35: malformed range '3.7' (a PEP 440 specifier set, e.g. >=19.4,<21)"),
        e.problems());
  }

  @Test
  void userRulesOverrideAndDisableBuiltIns(@TempDir Path dir) throws Exception {
    List<String> builtIns = RuleLoader.builtInFileNames();
    org.junit.jupiter.api.Assumptions.assumeTrue(builtIns.size() >= 2, "needs two built-in rules");
    String replaced = builtIns.get(0).replaceFirst("\\.ya?ml$", "");
    String disabled = builtIns.get(1).replaceFirst("\\.ya?ml$", "");
    Files.writeString(dir.resolve(replaced + ".yaml"), pythonRule(replaced));
    Files.writeString(dir.resolve(disabled + ".yaml"), "id: " + disabled + "\ndisabled: true\n");
    Files.writeString(dir.resolve("my-own.yaml"), pythonRule("my-own"));
    RulePack pack = new RuleLoader().load(List.of(dir));
    assertEquals(builtIns.size(), pack.rules().size());
    assertTrue(pack.rule(disabled).isEmpty());
    assertEquals(Set.of("python"), pack.rule(replaced).orElseThrow().engines());
    assertTrue(pack.rule(replaced).orElseThrow().origin().endsWith("/" + replaced + ".yaml"));
    assertTrue(pack.rule("my-own").isPresent());
  }

  @Test
  void disablingAnUnknownIdIsAnError(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("no-such-rule.yaml"), "id: no-such-rule\ndisabled: true\n");
    RuleLoadException e =
        assertThrows(RuleLoadException.class, () -> new RuleLoader().load(List.of(dir)));
    assertTrue(
        e.problems()
            .get(0)
            .contains("'disabled' names no built-in rule 'no-such-rule' (known ids: "),
        e.getMessage());
  }

  @Test
  void disablingFileHoldsNothingElse(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("x.yaml"), "id: x\ndisabled: true\nkind: call\n");
    RuleLoadException e =
        assertThrows(RuleLoadException.class, () -> new RuleLoader().load(List.of(dir)));
    assertTrue(
        e.problems()
            .get(0)
            .endsWith(
                "x.yaml:1: a disabling rule file holds only 'id' and 'disabled: true' "
                    + "(remove the other keys)"),
        e.getMessage());
  }
}
