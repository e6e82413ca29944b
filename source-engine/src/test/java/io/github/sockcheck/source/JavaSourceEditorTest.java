package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.TextEdit;
import io.github.sockcheck.core.fix.CallText;
import io.github.sockcheck.core.fix.TextEdits;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JavaSourceEditorTest {

  private final JavaSourceEditor editor = new JavaSourceEditor();

  private static final String SOURCE =
      """
      package demo;

      import java.nio.channels.DatagramChannel;

      class R {
        Object m(int fd) throws Exception {
      \tString s = "\uD83D\uDE00"; DatagramChannel a = DatagramChannel.open();
          Object b = new java.lang.StringBuilder(
              "x");
          return DatagramChannel.open().join(null, null);
        }
      }
      """;

  private static String text(String source, CallText c) {
    return source.substring(c.start(), c.end());
  }

  @Test
  void findsTheCallWhereTheEngineReportsIt() {
    int line = 7;
    String l = SOURCE.lines().toList().get(line - 1);
    CallText open =
        editor
            .call(SOURCE, new Location("R.java", line, l.indexOf("open") + 1, line, 0), "open")
            .orElseThrow();
    assertEquals("DatagramChannel.open()", text(SOURCE, open));
    assertEquals(List.of(), open.args());
    assertEquals(')', SOURCE.charAt(open.close()));
    CallText creation =
        editor.call(SOURCE, new Location("R.java", 8, 16, 9, 0), "<init>").orElseThrow();
    assertEquals("\"x\"", creation.args().get(0).value());
  }

  @Test
  void aLineOnlyLocationNeedsExactlyOneCandidate() {
    assertTrue(editor.call(SOURCE, Location.line("R.java", 7), "open").isPresent());
    assertTrue(editor.call(SOURCE, Location.line("R.java", 10), "join").isPresent());
    assertFalse(
        editor.call(SOURCE, new Location("R.java", 7, 3, 7, 0), "open").isPresent(),
        "no call starts there");
    assertFalse(
        editor.call("class {", Location.line("R.java", 1), "open").isPresent(), "does not parse");
  }

  @Test
  void importsAreAddedAfterTheLastImportOrReportedAsClashing() {
    Optional<List<TextEdit>> add =
        editor.imports("R.java", SOURCE, List.of("java.net.StandardProtocolFamily"));
    String fixed = TextEdits.apply(SOURCE, add.orElseThrow()).orElseThrow();
    assertTrue(
        fixed.contains(
            "import java.nio.channels.DatagramChannel;\nimport java.net.StandardProtocolFamily;\n"),
        fixed);
    assertEquals(
        Optional.of(List.of()),
        editor.imports("R.java", SOURCE, List.of("java.nio.channels.DatagramChannel")));
    assertEquals(
        Optional.of(List.of()), editor.imports("R.java", SOURCE, List.of("java.lang.String")));
    String wildcard =
        SOURCE.replace("import java.nio.channels.DatagramChannel;", "import java.nio.channels.*;");
    assertEquals(
        Optional.of(List.of()),
        editor.imports("R.java", wildcard, List.of("java.nio.channels.DatagramChannel")));
    String clash =
        SOURCE.replace("import java.nio", "import other.StandardProtocolFamily;\nimport java.nio");
    assertEquals(
        Optional.empty(),
        editor.imports("R.java", clash, List.of("java.net.StandardProtocolFamily")));
    String noImports = "package demo;\nclass R {}\n";
    assertEquals(
        "package demo;\n\nimport java.net.StandardProtocolFamily;\nclass R {}\n",
        TextEdits.apply(
                noImports,
                editor
                    .imports("R.java", noImports, List.of("java.net.StandardProtocolFamily"))
                    .orElseThrow())
            .orElseThrow());
  }
}
