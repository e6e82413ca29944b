package io.github.sockcheck.core.rules;

import static io.github.sockcheck.core.rules.InlineRules.combinationRule;
import static io.github.sockcheck.core.rules.InlineRules.lineOf;
import static io.github.sockcheck.core.rules.InlineRules.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.facts.Language;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * All-of code uses ({@code code-uses-all}, {@code any-of}) and alternative match blocks ({@code
 * match: {any: [...]}}): what they load into, and what each mistake says (file:line: problem
 * (fix)).
 */
class CombinationBlocksLoaderTest {

  private static final String DEPENDENCY =
      """
        dependencies:
          - maven: [io.netty:netty-transport-native-epoll]
            range: "[4.1.37.Final,4.1.60.Final)"
      """;

  private static CombinationMatch load(String body) throws Exception {
    return new RuleLoader().parse("rules/r.yaml", combinationRule("r", body)).combination();
  }

  private static CallPattern join() {
    return new CallPattern(
        Language.JAVA,
        "io.netty.channel.socket.DatagramChannel",
        false,
        "joinGroup",
        null,
        null,
        Map.of(),
        Map.of(),
        List.of());
  }

  @Test
  void codeUsesAllLoadsOneGroupPerItem() throws Exception {
    CombinationMatch m =
        load(
            DEPENDENCY
                + """
                  code-uses-all:
                    - any-of:
                        - type: io.netty.channel.epoll.EpollDatagramChannel
                        - type: io.netty.channel.epoll.EpollDomainDatagramChannel
                    - owner: io.netty.channel.socket.DatagramChannel
                      member: joinGroup
                """);
    assertEquals(List.of(), m.codeUses());
    assertEquals(
        List.of(
            List.of(
                new CodeUse(
                    CallPattern.typeUse("io.netty.channel.epoll.EpollDatagramChannel"),
                    CombinationMatch.ALWAYS),
                new CodeUse(
                    CallPattern.typeUse("io.netty.channel.epoll.EpollDomainDatagramChannel"),
                    CombinationMatch.ALWAYS)),
            List.of(new CodeUse(join(), CombinationMatch.ALWAYS))),
        m.codeUsesAll());
    assertEquals(m.codeUsesAll(), m.requiredUses());
    assertEquals(List.of(m), m.blocks());
  }

  @Test
  void anyLoadsOneBlockPerAlternativeInFileOrder() throws Exception {
    CombinationMatch m =
        load(
            """
              any:
                - dependencies:
                    - maven: [io.netty:netty-transport-native-epoll]
                      range: "[4.2.8.Final,4.2.10.Final)"
                  code-uses:
                    - type: io.netty.channel.epoll.EpollDatagramChannel
                - java-release: "[17,)"
                  code-uses:
                    - owner: io.netty.channel.socket.DatagramChannel
                      member: joinGroup
            """);
    assertEquals(2, m.alternatives().size());
    assertEquals(m.alternatives(), m.blocks());
    assertEquals(List.of(), m.dependencies());
    assertEquals(
        "[4.2.8.Final,4.2.10.Final)", m.alternatives().get(0).dependencies().get(0).range());
    assertEquals("[17,)", m.alternatives().get(1).javaRelease());
    assertEquals(List.of(join()), m.alternatives().get(1).codeUses());
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of(
            "misspelled code-uses-all",
            DEPENDENCY
                + """
                  code-uses-al:
                    - type: io.netty.channel.epoll.EpollDatagramChannel
                """,
            "code-uses-al:",
            "unknown key 'code-uses-al' (did you mean 'code-uses-all'?)"),
        Arguments.of(
            "any beside a block's keys",
            DEPENDENCY
                + """
                  any:
                    - code-uses:
                        - type: io.netty.channel.epoll.EpollDatagramChannel
                """,
            "dependencies:",
            "'any' holds the alternative match blocks and stands alone in 'match' (move"
                + " 'dependencies' into each block under 'any')"),
        Arguments.of(
            "nested alternatives",
            """
              any:
                - any:
                    - java-release: "[17,)"
            """,
            "- any:",
            "alternatives do not nest: 'any' is allowed only directly under 'match' (list every"
                + " block there)"),
        Arguments.of(
            "misspelled key in an alternative",
            """
              any:
                - java-release: "[17,)"
                  code-use:
                    - type: io.netty.channel.epoll.EpollDatagramChannel
            """,
            "code-use:",
            "unknown key 'code-use' (did you mean 'code-uses'?)"),
        Arguments.of(
            "no alternatives",
            """
              any: []
            """,
            "any: []",
            "'any' is empty (list at least 1 entry)"),
        Arguments.of(
            "an empty alternative",
            """
              any:
                - {}
            """,
            "- {}",
            "'any[0]' is empty (add at least one entry)"),
        Arguments.of(
            "any-of with a call pattern's keys",
            DEPENDENCY
                + """
                  code-uses-all:
                    - any-of:
                        - type: io.netty.channel.epoll.EpollDatagramChannel
                      member: joinGroup
                """,
            "member: joinGroup",
            "an 'any-of' item holds only 'any-of' (move 'member' into one of its code uses)"),
        Arguments.of(
            "nested any-of",
            DEPENDENCY
                + """
                  code-uses-all:
                    - any-of:
                        - any-of:
                            - type: io.netty.channel.epoll.EpollDatagramChannel
                """,
            "      - any-of:",
            "'any-of' groups do not nest (list every alternative in the one group)"),
        Arguments.of(
            "any-of under code-uses",
            DEPENDENCY
                + """
                  code-uses:
                    - any-of:
                        - type: io.netty.channel.epoll.EpollDatagramChannel
                """,
            "- any-of:",
            "'any-of' groups belong in 'code-uses-all'; every entry of 'code-uses' is already an"
                + " alternative (list the uses there directly)"),
        Arguments.of(
            "empty any-of",
            DEPENDENCY
                + """
                  code-uses-all:
                    - any-of: []
                """,
            "any-of: []",
            "'any-of' is empty (list at least 1 entry)"),
        Arguments.of(
            "misspelled key in an all-of use",
            DEPENDENCY
                + """
                  code-uses-all:
                    - owner: io.netty.channel.socket.DatagramChannel
                      member: joinGroup
                      rolse: {group: 0}
                """,
            "rolse:",
            "unknown key 'rolse' (did you mean 'roles'?)"),
        Arguments.of(
            "undefined role in an any-of use",
            DEPENDENCY
                + """
                  code-uses-all:
                    - any-of:
                        - owner: io.netty.channel.epoll.EpollDatagramChannel
                          member: <init>
                          params: [io.netty.channel.socket.InternetProtocolFamily]
                          roles: {family: 0}
                          where: {arg: famliy, constant: [IPv4]}
                """,
            "where: {arg: famliy",
            "condition uses role 'famliy' that this code-uses pattern does not define (defined"
                + " roles: family)"),
        Arguments.of(
            "role outside the overload in an all-of use",
            DEPENDENCY
                + """
                  code-uses-all:
                    - owner: io.netty.channel.socket.DatagramChannel
                      member: joinGroup
                      params: [java.net.InetAddress]
                      roles: {group: 1}
                """,
            "roles: {group: 1}",
            "role 'group' is at position 1 but the overload has 1 parameter(s) (positions are"
                + " 0-based)"),
        Arguments.of(
            "malformed range in an alternative",
            """
              any:
                - java-release: "[17,)"
                - dependencies:
                    - maven: [io.vertx:vertx-core]
                      range: "[4.0,"
            """,
            "range: \"[4.0,\"",
            "malformed range '[4.0,' (Maven range syntax, e.g. [4.2.8.Final,4.2.10.Final))"),
        Arguments.of(
            "absent first dependency in an alternative",
            """
              any:
                - java-release: "[17,)"
                - dependencies:
                    - maven: [io.netty:netty-transport-native-epoll]
                      absent: true
            """,
            "absent: true",
            "the first dependency entry decides where the finding is reported, so it cannot be"
                + " 'absent' (put a dependency that must be present first)"));
  }

  @Test
  void aVersionFixMustFitEveryAlternative() {
    String body =
        """
          any:
            - dependencies:
                - maven: [io.netty:netty-transport-native-epoll]
                  range: "[4.2.8.Final,4.2.10.Final)"
            - dependencies:
                - pypi: [eventlet]
                  range: ">=0.20.0,<0.22.0"
        quick-fixes:
          - title: Upgrade
            set-version: 4.2.10.Final
        """;
    String text = combinationRule("r", body);
    assertEquals(
        List.of(
            "rules/r.yaml:"
                + lineOf(text, "set-version:")
                + ": 'set-version' needs the rule's first 'dependencies' entry in every block of"
                + " 'any' to be a Maven one (its version is what it sets)"),
        problems("r", text));
    String inRange =
        text.replace("pypi: [eventlet]", "maven: [io.vertx:vertx-core]")
            .replace("\">=0.20.0,<0.22.0\"", "\"[4.2.0,4.3.0)\"");
    assertEquals(
        List.of(
            "rules/r.yaml:"
                + lineOf(text, "set-version:")
                + ": 'set-version' 4.2.10.Final lies in the rule's own range [4.2.0,4.3.0), so the"
                + " finding would stay (choose a version outside it)"),
        problems("r", inRange));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void eachMistakeSaysWhereAndHowToFixIt(
      String mistake, String body, String atLine, String expected) {
    String text = combinationRule("r", body);
    assertEquals(
        List.of("rules/r.yaml:" + lineOf(text, atLine) + ": " + expected), problems("r", text));
  }
}
