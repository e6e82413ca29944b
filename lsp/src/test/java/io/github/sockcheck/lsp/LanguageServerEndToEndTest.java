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
 * The real server process over stdio: open a file with a finding, get the diagnostic, ask for code
 * actions, apply the quick fix with {@code didChange} (the buffer, never saved), see the diagnostic
 * go, shut down.
 */
class LanguageServerEndToEndTest {

  private static final String RULE = "datagram-channel-no-family-multicast";

  /** A tab and characters outside the BMP before the call: LSP columns count UTF-16 code units. */
  private static final String RECEIVER =
      """
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
      Diagnostic d =
          published.getDiagnostics().stream()
              .filter(x -> RULE.equals(x.getCode().getLeft()))
              .findFirst()
              .orElseThrow();
      assertEquals("sockcheck", d.getSource());
      assertEquals(DiagnosticSeverity.Warning, d.getSeverity()); // the rule's level: warning
      assertTrue(
          d.getCodeDescription().getHref().endsWith("/rules/" + RULE + ".md"),
          d.getCodeDescription().getHref());
      assertEquals(1, published.getVersion());
      String line = RECEIVER.lines().toList().get(7);
      assertEquals(7, d.getRange().getStart().getLine());
      assertEquals(
          line.indexOf("open()"),
          d.getRange().getStart().getCharacter(),
          "UTF-16 column of open()");
      assertEquals("open()", LspSession.slice(RECEIVER, d.getRange()));
      assertNotNull(d.getRelatedInformation());
      assertEquals(
          "join",
          LspSession.slice(RECEIVER, d.getRelatedInformation().get(0).getLocation().getRange())
              .substring(0, 4));

      List<CodeAction> actions = lsp.codeActions(uri, d);
      CodeAction fix =
          actions.stream()
              .filter(a -> a.getTitle().contains("StandardProtocolFamily.INET"))
              .findFirst()
              .orElseThrow(
                  () ->
                      new AssertionError(
                          "no quick fix among "
                              + actions.stream().map(CodeAction::getTitle).toList()));
      assertTrue(actions.stream().anyMatch(a -> a.getTitle().startsWith("Suppress " + RULE)));
      List<TextEdit> edits = fix.getEdit().getChanges().get(uri);
      String fixed = LspSession.apply(RECEIVER, edits);
      assertTrue(fixed.contains("DatagramChannel.open(StandardProtocolFamily.INET)"), fixed);
      assertTrue(fixed.contains("import java.net.StandardProtocolFamily;"), fixed);

      lsp.change(uri, 2, fixed);
      PublishDiagnosticsParams after =
          lsp.client.await(uri, p -> p.getVersion() != null && p.getVersion() == 2);
      assertFalse(TestClient.hasRule(after, RULE), "still reported: " + TestClient.rules(after));
      assertEquals(
          RECEIVER,
          Files.readString(file),
          "the file on disk is untouched: the scan read the buffer");

      assertEquals(0, lsp.shutdownAndExit());
    }
  }

  @Test
  void pythonSuppressionWithAReasonPlaceholderAndAPomFixWhereTheVersionIsDeclared()
      throws Exception {
    Path root = dir.resolve("project");
    String app =
        "import socket\n\ndef inherit(fd):\n    return socket.socket(socket.AF_INET, socket.SOCK_STREAM, fileno=fd)\n";
    Path py = LspSession.write(root.resolve("app/server.py"), app);
    String pom =
        """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>demo</groupId><artifactId>demo</artifactId><version>1</version>
          <properties>
            <netty.version>4.2.9.Final</netty.version>
          </properties>
          <dependencies>
            <dependency>
              <groupId>io.netty</groupId><artifactId>netty-transport-classes-epoll</artifactId><version>${netty.version}</version>
            </dependency>
          </dependencies>
        </project>
        """;
    Path pomFile = LspSession.write(root.resolve("pom.xml"), pom);
    LspSession.write(
        root.resolve("src/main/java/demo/D.java"),
        "package demo;\nclass D { Object c() { return new io.netty.channel.epoll.EpollDatagramChannel(); } }\n");
    try (LspSession lsp = new LspSession(root, dir)) {
      String pyUri = lsp.open(py, "python", app);
      String rule = "python-socket-fileno-without-proto";
      Diagnostic d =
          lsp.client.await(pyUri, p -> TestClient.hasRule(p, rule)).getDiagnostics().get(0);
      assertEquals(
          "socket.socket",
          LspSession.slice(app, d.getRange()).substring(0, "socket.socket".length()));
      CodeAction suppress =
          lsp.codeActions(pyUri, d).stream()
              .filter(a -> a.getTitle().startsWith("Suppress"))
              .findFirst()
              .orElseThrow();
      String suppressed = LspSession.apply(app, suppress.getEdit().getChanges().get(pyUri));
      assertTrue(
          suppressed.contains(
              "    # sockcheck:ignore " + rule + " -- <reason>\n    return socket.socket("),
          suppressed);
      lsp.change(pyUri, 2, suppressed);
      PublishDiagnosticsParams after =
          lsp.client.await(pyUri, p -> p.getVersion() != null && p.getVersion() == 2);
      assertFalse(TestClient.hasRule(after, rule), TestClient.rules(after).toString());
      assertTrue(
          after.getDiagnostics().stream()
              .anyMatch(x -> x.getMessage().getLeft().contains("has no reason")),
          "the placeholder asks for a reason: " + after.getDiagnostics());

      String pomUri = lsp.open(pomFile, "xml", pom);
      String combination = "netty-epoll-datagram-multicast-all-old-kernel";
      // the scan that read the opened buffer (version 1): an earlier scan also reported the pom,
      // from the disk,
      // and code actions are offered only for the version a scan read
      Diagnostic onPom =
          lsp
              .client
              .await(
                  pomUri,
                  p ->
                      p.getVersion() != null
                          && p.getVersion() == 1
                          && TestClient.hasRule(p, combination))
              .getDiagnostics()
              .stream()
              .filter(x -> combination.equals(x.getCode().getLeft()))
              .findFirst()
              .orElseThrow();
      assertTrue(
          LspSession.slice(pom, onPom.getRange()).startsWith("<dependency>"),
          LspSession.slice(pom, onPom.getRange()));
      CodeAction upgrade =
          lsp.codeActions(pomUri, onPom).stream()
              .filter(a -> a.getTitle().contains("4.2.10.Final"))
              .findFirst()
              .orElseThrow();
      String upgraded = LspSession.apply(pom, upgrade.getEdit().getChanges().get(pomUri));
      assertTrue(upgraded.contains("<netty.version>4.2.10.Final</netty.version>"), upgraded);
      lsp.change(pomUri, 2, upgraded);
      PublishDiagnosticsParams fixed =
          lsp.client.await(pomUri, p -> p.getVersion() != null && p.getVersion() == 2);
      assertFalse(TestClient.hasRule(fixed, combination), TestClient.rules(fixed).toString());
      assertEquals(0, lsp.shutdownAndExit());
    }
  }
}
