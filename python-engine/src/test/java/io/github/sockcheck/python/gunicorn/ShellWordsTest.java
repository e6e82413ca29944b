package io.github.sockcheck.python.gunicorn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Shell words as a POSIX shell splits them, with the offsets a finding is placed at. */
class ShellWordsTest {

  /** Words joined by spaces, separators in angle brackets, each with its [start,end) offsets. */
  private static String words(String shell) {
    return ShellWords.split(shell).stream()
        .map(
            w ->
                (w.separator() ? "<" + w.text() + ">" : w.text()) + "@" + w.start() + "-" + w.end())
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '!',
      quoteCharacter = '`',
      value = {
        "gunicorn -k gevent ! gunicorn@0-8 -k@9-11 gevent@12-18",
        "`  a\tb  ` ! a@2-3 b@4-5",
        "a;b ! a@0-1 <;>@1-2 b@2-3",
        "a && b || c ! a@0-1 <&&>@2-4 b@5-6 <||>@7-9 c@10-11",
        "a & b | c ! a@0-1 <&>@2-3 b@4-5 <|>@6-7 c@8-9",
        "(a) ! <(>@0-1 a@1-2 <)>@2-3",
        "a&b ! a@0-1 <&>@1-2 b@2-3",
        "'a b'c ! a bc@0-6",
        "'it''s' ! its@0-7",
        "'open ! open@0-5",
        "\"a \\\"b\\\" \\$c \\\\ \\x\" ! a \"b\" $c \\ \\x@0-19",
        "\"open ! open@0-5",
        "a\\ b ! a b@0-4",
        "a\\;b ! a;b@0-4",
        "x # comment ! x@0-1",
        "x#y ! x#y@0-3",
        "a\\ ! a\\@0-2",
      })
  void wordsSeparatorsAndOffsets(String shell, String expected) {
    assertEquals(expected, words(shell));
  }

  @Test
  void continuationsNewlinesAndCarriageReturns() {
    assertEquals("a@0-1 b@4-5", words("a \\\nb"));
    assertEquals("a@0-1 b@5-6", words("a \\\r\nb"));
    assertEquals("a@0-1 <\n>@1-2 b@2-3", words("a\nb"));
    assertEquals("a@0-1 <\n>@2-3 b@3-4", words("a\r\nb"));
    assertEquals("ab@0-4", words("a\\\nb"), "inside a word a continuation joins it");
    assertEquals("ab@0-6", words("\"a\\\nb\""), "also inside double quotes");
    assertEquals("x@0-1 <\n>@6-7 y@7-8", words("x # c \ny"), "a comment ends at the line end");
  }

  @Test
  void aRangeOfTheTextIsSplitWithOffsetsIntoTheWholeText() {
    String text = "RUN pip install -r req.txt && gunicorn app";
    List<ShellWords.Word> words = ShellWords.split(text, 4, 26);
    assertEquals(
        List.of("pip", "install", "-r", "req.txt"),
        words.stream().map(ShellWords.Word::text).toList());
    assertEquals(19, words.get(3).start());
    assertEquals(26, words.get(3).end());
    assertEquals(
        List.of("ab"),
        ShellWords.split("'ab'cd", 0, 3).stream().map(ShellWords.Word::text).toList(),
        "a quote open at the range end ends there");
    assertEquals(
        List.of("ab"),
        ShellWords.split("\"ab\"cd", 0, 3).stream().map(ShellWords.Word::text).toList());
    assertEquals(
        List.of("a\\"),
        ShellWords.split("a\\b", 0, 2).stream().map(ShellWords.Word::text).toList());
  }
}
