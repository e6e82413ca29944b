package io.github.sockcheck.core.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.TextEdit;
import io.github.sockcheck.core.rules.QuickFix;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rendering call edits against a call found in the text; offsets and positions in UTF-16 code
 * units.
 */
class CallEditsTest {

  /** {@code open(a, b)} found at offsets; the args are "a" and "b". */
  private static CallText call(String text, String keywordOfSecond) {
    int start = text.indexOf("x.open(");
    int open = text.indexOf('(', start);
    int close = text.indexOf(')', open);
    int a = text.indexOf('a', open);
    int b = text.lastIndexOf('b', close);
    int bStart = keywordOfSecond == null ? b : text.lastIndexOf(keywordOfSecond + "=", b);
    return new CallText(
        start,
        close + 1,
        open,
        close,
        List.of(
            new CallText.Arg(null, a, a + 1, "a"),
            new CallText.Arg(keywordOfSecond, bStart, b + 1, "b")));
  }

  private static String apply(String text, Optional<TextEdit> edit) {
    return TextEdits.apply(text, List.of(edit.orElseThrow())).orElseThrow();
  }

  @Test
  void appendAfterTheLastArgumentEvenAfterAstralCharactersAndTabs() {
    String text = "\t\uD83D\uDE00 y = x.open(a, b);\n";
    Optional<TextEdit> edit =
        CallEdits.render(
            "f",
            new TextOffsets(text),
            call(text, null),
            new QuickFix.AppendArgument("{arg:first}+1"),
            Map.of("first", 0),
            false);
    assertEquals("\t\uD83D\uDE00 y = x.open(a, b, a+1);\n", apply(text, edit));
    assertEquals(
        new Location("f", 1, text.indexOf(')') + 1, 1, text.indexOf(')') + 1), edit.get().region());
  }

  @Test
  void appendIntoEmptyParentheses() {
    String text = "y = x.open( );";
    CallText empty =
        new CallText(4, text.length() - 1, text.indexOf('('), text.indexOf(')'), List.of());
    assertEquals(
        "y = x.open( INET);",
        apply(
            text,
            CallEdits.render(
                "f",
                new TextOffsets(text),
                empty,
                new QuickFix.AppendArgument("INET"),
                Map.of(),
                false)));
  }

  @Test
  void replaceCallWithCalleeAndArgs() {
    String text = "y = x.open(a, b);";
    assertEquals(
        "y = wrap(x.open(a, b));",
        apply(
            text,
            CallEdits.render(
                "f",
                new TextOffsets(text),
                call(text, null),
                new QuickFix.ReplaceCall("wrap({callee}({args}))"),
                Map.of(),
                false)));
  }

  @Test
  void keywordsAndQualifiers() {
    String text = "y = x.open(a, fam=b)";
    CallText c = call(text, "fam");
    assertEquals(
        "y = x.open(a, fam=b, p=b)",
        apply(
            text,
            CallEdits.render(
                "f",
                new TextOffsets(text),
                c,
                new QuickFix.AppendArgument("p={arg:fam}"),
                Map.of("fam", 1),
                true)));
    String qualified = "y = x.open(socket.AF_INET, b)";
    CallText q =
        new CallText(
            4,
            qualified.length(),
            qualified.indexOf('('),
            qualified.length() - 1,
            List.of(
                new CallText.Arg(null, 11, 25, "socket.AF_INET"),
                new CallText.Arg(null, 27, 28, "b")));
    assertEquals(
        "y = x.open(socket.AF_INET, b, proto=socket.IPPROTO_TCP)",
        apply(
            qualified,
            CallEdits.render(
                "f",
                new TextOffsets(qualified),
                q,
                new QuickFix.AppendArgument("proto={qualifier:family}IPPROTO_TCP"),
                Map.of("family", 0),
                true)));
  }

  @Test
  void aPlaceholderWithoutAValueMeansNoEdit() {
    String text = "y = x.open(a, b);";
    TextOffsets t = new TextOffsets(text);
    assertTrue(
        CallEdits.render(
                "f",
                t,
                call(text, null),
                new QuickFix.AppendArgument("{arg:missing}"),
                Map.of(),
                false)
            .isEmpty());
    assertTrue(
        CallEdits.render(
                "f",
                t,
                call(text, null),
                new QuickFix.AppendArgument("{qualifier:first}"),
                Map.of("first", 0),
                false)
            .isEmpty(),
        "`a` has no module qualifier");
    String star = "y = x.open(*a, b);";
    CallText starred =
        new CallText(
            4,
            star.length() - 1,
            star.indexOf('('),
            star.indexOf(')'),
            List.of(new CallText.Arg(null, 11, 13, "*a"), new CallText.Arg(null, 15, 16, "b")));
    assertTrue(
        CallEdits.render(
                "f",
                new TextOffsets(star),
                starred,
                new QuickFix.AppendArgument("{arg:second}"),
                Map.of("second", 1),
                true)
            .isEmpty(),
        "a position after *args is unknown");
  }
}
