package io.github.sockcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sockcheck fix}: a unified diff, --dry-run writes nothing, a second run changes nothing,
 * broken files stay.
 */
class FixCommandTest {

  private static final String APP =
      "import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM, fileno=3)\n";

  @TempDir Path dir;

  @Test
  void dryRunPrintsTheDiffAndWritesNothing() throws Exception {
    Path app = Files.writeString(dir.resolve("app.py"), APP);
    CliRun r = CliRun.of("fix", "--dry-run", "--root", dir.toString(), dir.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(
        """
        --- a/app.py
        +++ b/app.py
        @@ -1,2 +1,2 @@
         import socket
        -s = socket.socket(socket.AF_INET, socket.SOCK_STREAM, fileno=3)
        +s = socket.socket(socket.AF_INET, socket.SOCK_STREAM, fileno=3, proto=socket.IPPROTO_TCP)
        """,
        r.out());
    assertTrue(r.err().contains("would fix 1 finding(s) in 1 file(s)"), r.err());
    assertEquals(APP, Files.readString(app));
  }

  @Test
  void fixWritesOnceAndASecondRunChangesNothing() throws Exception {
    Path app = Files.writeString(dir.resolve("app.py"), APP);
    CliRun first = CliRun.of("fix", "--root", dir.toString(), dir.toString());
    assertEquals(0, first.code(), first.err());
    assertTrue(Files.readString(app).contains("fileno=3, proto=socket.IPPROTO_TCP)"));
    CliRun second = CliRun.of("fix", "--root", dir.toString(), dir.toString());
    assertEquals("", second.out());
    assertTrue(second.err().contains("fixed 0 finding(s) in 0 file(s)"), second.err());
    CliRun scan =
        CliRun.of("scan", "--fail-on", "warning", "--root", dir.toString(), dir.toString());
    assertEquals(0, scan.code(), scan.out());
  }

  @Test
  void aFileThatDoesNotParseIsNeverTouched() throws Exception {
    String broken = APP + "x = 'unterminated\n";
    Path app = Files.writeString(dir.resolve("app.py"), broken);
    CliRun r = CliRun.of("fix", "--root", dir.toString(), dir.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertEquals(broken, Files.readString(app));
  }

  @Test
  void optionsBelongToTheirCommands() {
    assertEquals(2, CliRun.of("scan", "--dry-run").code());
    assertEquals(2, CliRun.of("fix", "--sarif", "x.sarif").code());
    CliRun lsp = CliRun.of("lsp", "src");
    assertEquals(2, lsp.code());
    assertTrue(lsp.err().contains("`lsp` takes no paths or options"), lsp.err());
  }
}
