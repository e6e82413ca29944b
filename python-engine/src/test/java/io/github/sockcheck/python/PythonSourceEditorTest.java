package io.github.sockcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.fix.CallText;
import io.github.sockcheck.python.source.PythonSourceEditor;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonSourceEditorTest {

  private final PythonSourceEditor editor = new PythonSourceEditor();

  @Test
  void argumentsKeywordsAndTrailingCommas() {
    String text =
        "import socket\n\ts = '\uD83D\uDE00'; x = socket.socket(\n    socket.AF_INET, f(1, 2),\n    fileno=fd,\n)\n";
    int column = text.lines().toList().get(1).indexOf("socket.socket") + 1;
    CallText c = editor.call(text, new Location("a.py", 2, column, 2, 0), "socket").orElseThrow();
    assertEquals(
        List.of("socket.AF_INET", "f(1, 2)", "fd"),
        c.args().stream().map(CallText.Arg::value).toList());
    assertEquals("fileno", c.args().get(2).keyword());
    assertEquals("fileno=fd", text.substring(c.args().get(2).start(), c.args().get(2).end()));
    assertEquals(')', text.charAt(c.close()));
  }

  @Test
  void onlyATextThatTokenizesIsEdited() {
    assertTrue(editor.parses("x = f(a, [1, 2])\n"));
    assertFalse(editor.parses("x = f(a, [1, 2)\n"));
    assertFalse(editor.parses("x = 'unterminated\n"));
    assertFalse(editor.call("x = f(a\n", new Location("a.py", 1, 5, 1, 0), "f").isPresent());
    assertTrue(editor.imports("a.py", "", List.of("x.Y")).isEmpty(), "no imports to add in Python");
  }

  @Test
  void theCallIsFoundOnlyWhereTheFindingStarts() {
    String text = "a = mod.f()\nb = g(x, y=1, *r, **k)\n";
    CallText empty = editor.call(text, new Location("a.py", 1, 5, 1, 0), "f").orElseThrow();
    assertEquals(List.of(), empty.args());
    assertEquals(
        List.of(4, 11, 9, 10), List.of(empty.start(), empty.end(), empty.open(), empty.close()));
    CallText g = editor.call(text, new Location("a.py", 2, 5, 2, 0), "g").orElseThrow();
    assertEquals(
        List.of("x", "1", "*r", "**k"), g.args().stream().map(CallText.Arg::value).toList());
    assertEquals(
        java.util.Arrays.asList(null, "y", null, null),
        g.args().stream().map(CallText.Arg::keyword).toList());
    assertFalse(
        editor.call(text, new Location("a.py", 1, 6, 1, 0), "f").isPresent(),
        "not where a name starts");
    assertFalse(
        editor.call(text, new Location("a.py", 2, 1, 2, 0), "b").isPresent(),
        "a name that is not called");
    assertFalse(editor.call(text, new Location("a.py", 1, 0, 1, 0), "f").isPresent(), "no column");
    assertFalse(
        editor.call(text, new Location("a.py", 3, 1, 3, 0), "f").isPresent(), "past the end");
    assertFalse(
        editor.call("f(x=)\n", new Location("a.py", 1, 1, 1, 0), "f").isPresent(),
        "a keyword without a value");
    assertFalse(editor.parses(")(\n"));
    assertTrue(editor.parses("f({'a': [1, (2, 3)]})\n"));
    assertTrue(editor.handles("pkg/m.py"));
    assertFalse(editor.handles("pkg/M.java"));
    assertEquals(java.util.Optional.of(List.of()), editor.imports("a.py", "", List.of()));
  }
}
