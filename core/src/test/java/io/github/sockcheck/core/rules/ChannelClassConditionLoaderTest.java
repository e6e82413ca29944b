package io.github.sockcheck.core.rules;

import static io.github.sockcheck.core.rules.InlineRules.callRule;
import static io.github.sockcheck.core.rules.InlineRules.lineOf;
import static io.github.sockcheck.core.rules.InlineRules.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code channel-class}: what it loads into, and what a mistake in it says (file:line). */
class ChannelClassConditionLoaderTest {

  private static Condition where(String condition) throws Exception {
    String text = callRule("r", "  where: " + condition + "\n");
    return new RuleLoader().parse("rules/r.yaml", text).call().where();
  }

  @Test
  void bothFormsLoad() throws Exception {
    assertEquals(
        new Condition.ChannelClass(List.of("io.netty.channel.epoll.EpollSocketChannel"), false),
        where("{channel-class: {in: [io.netty.channel.epoll.EpollSocketChannel]}}"));
    assertEquals(
        new Condition.ChannelClass(List.of("*DomainSocketChannel", "Outer$In?er"), true),
        where("{channel-class: {not-in: ['*DomainSocketChannel', 'Outer$In?er']}}"));
    assertEquals(
        new Condition.Not(new Condition.ChannelClass(List.of("X"), false)),
        where("{not: {channel-class: {in: [X]}}}"));
  }

  @Test
  void anEmptyOrDoubleFormIsAnErrorAtItsLine() {
    String empty = callRule("r", "  where:\n    channel-class: {}\n");
    List<String> emptyProblems = problems("r", empty);
    assertEquals(1, emptyProblems.size(), emptyProblems::toString);
    assertEquals(
        true,
        emptyProblems.get(0).startsWith("rules/r.yaml:" + lineOf(empty, "channel-class") + ": "),
        emptyProblems::toString);
    String both = callRule("r", "  where:\n    channel-class: {in: [A], not-in: [B]}\n");
    assertEquals(
        List.of(
            "rules/r.yaml:"
                + lineOf(both, "channel-class")
                + ": 'channel-class' takes one of 'in' or 'not-in' (split it under 'all:' or 'any:')"),
        problems("r", both));
  }

  @Test
  void anUnknownKeyOrABadGlobIsNamed() {
    String key = callRule("r", "  where:\n    channel-class: {matches: [A]}\n");
    List<String> keyProblems = problems("r", key);
    assertEquals(
        true, keyProblems.stream().anyMatch(p -> p.contains("'matches'")), keyProblems::toString);
    String glob = callRule("r", "  where:\n    channel-class: {in: ['1x']}\n");
    assertEquals(
        List.of(
            "rules/r.yaml:"
                + lineOf(glob, "channel-class")
                + ": malformed 'in[0]': '1x' (see rules/README.md)"),
        problems("r", glob));
  }

  @Test
  void itCannotTestAResultUsesArguments() {
    String text =
        callRule(
            "r",
            """
          where:
            result-used-by:
              calls: [connect]
              roles: {address: 0}
              where:
                channel-class: {in: [X]}
        """);
    assertEquals(
        List.of(
            "rules/r.yaml:"
                + lineOf(text, "channel-class")
                + ": 'channel-class' cannot be nested in a result-used-by entry's 'where', which tests"
                + " the use's arguments (move it beside the entry, under 'all:')"),
        problems("r", text));
  }
}
