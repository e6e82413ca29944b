package io.github.sockcheck.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server process over stdio: open a file with a finding, get the diagnostic, ask for code actions,
 * apply the quick fix with {@code didChange} (the buffer, never saved), see the diagnostic go, shut down.
 */
class LanguageServerEndToEndTest {

  private static final String RULE = "datagram-channel-no-family-multicast";

  /** A tab and characters outside the BMP before the call: LSP columns count UTF-16 code units. */
  private static final String RECEIVER = """
      package demo;

      import java.net.InetAddress;
      import java.nio.channels.DatagramChannel;

      class Receiver {
        void listen() throws Exception {
      \tString banner = "\uD83D\uDE00 \uD83C\uDF89"; DatagramChannel ch = DatagramChannel.open();
          ch.join(InetAddress.getByName("224.0.0.251"), null);
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void openFindFixByBufferEditAndShutDown() throws Exception {
    Path root = dir.resolve("project");
    Path file = LspSession.write(root.resolve("src/main/java/demo/Receiver.java"), RECEIVER);
    try (LspSession lsp = new LspSession(root, dir)) {
      String uri = lsp.open(file, "java", RECEIVER);
      PublishDiagnosticsParams published = lsp.client.await(uri, p -> TestClient.hasRule(p, RULE));
      Diagnostic d = published.getDiagnostics().stream().filter(x -> RULE.equals(x.getCode().getLeft())).findFirst().orElseThrow();
      assertEquals("sockcheck", d.getSource());
      assertEquals(DiagnosticSeverity.Error, d.getSeverity());
      assertTrue(d.getCodeDescription().getHref().endsWith("/rules/" + RULE + ".md"), d.getCodeDescription().getHref());
      assertEquals(1, published.getVersion());
      String line = RECEIVER.lines().toList().get(7);
      assertEquals(7, d.getRange().getStart().getLine());
      assertEquals(line.indexOf("open()"), d.getRange().getStart().getCharacter(), "UTF-16 column of open()");
      assertEquals("open()", LspSession.slice(RECEIVER, d.getRange()));
      assertNotNull(d.getRelatedInformation());
      assertEquals("join", LspSession.slice(RECEIVER, d.getRelatedInformation().get(0).getLocation().getRange()).substring(0, 4));

      List<CodeAction> actions = lsp.codeActions(uri, d);
      CodeAction fix = actions.stream().filter(a -> a.getTitle().contains("StandardProtocolFamily.INET")).findFirst()
          .orElseThrow(() -> new AssertionError("no quick fix among " + actions.stream().map(CodeAction::getTitle).toList()));
      assertTrue(actions.stream().anyMatch(a -> a.getTitle().startsWith("Suppress " + RULE)));
      List<TextEdit> edits = fix.getEdit().getChanges().get(uri);
      String fixed = LspSession.apply(RECEIVER, edits);
      assertTrue(fixed.contains("DatagramChannel.open(StandardProtocolFamily.INET)"), fixed);
      assertTrue(fixed.contains("import java.net.StandardProtocolFamily;"), fixed);

      lsp.change(uri, 2, fixed);
      PublishDiagnosticsParams after = lsp.client.await(uri, p -> p.getVersion() != null && p.getVersion() == 2);
      assertFalse(TestClient.hasRule(after, RULE), "still reported: " + TestClient.rules(after));
      assertEquals(RECEIVER, Files.readString(file), "the file on disk is untouched: the scan read the buffer");

      assertEquals(0, lsp.shutdownAndExit());
    }
  }
}
