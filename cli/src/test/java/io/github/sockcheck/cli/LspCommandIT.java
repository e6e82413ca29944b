package io.github.sockcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar cli/target/sockcheck.jar lsp}: the packaged jar serves LSP on stdio (after
 * `package`).
 */
class LspCommandIT {

  @TempDir Path dir;

  @Test
  void theJarsLspCommandAnswersAndReports() throws Exception {
    Path jar = Path.of("target", "sockcheck.jar").toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), "run after package: " + jar);
    Path app =
        Files.writeString(
            Files.createDirectories(dir.resolve("project")).resolve("app.py"),
            "import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM, fileno=3)\n");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(java, "-jar", jar.toString(), "lsp", "--stdio")
            .redirectError(dir.resolve("stderr.txt").toFile())
            .start();
    BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    LanguageClient client =
        new LanguageClient() {
          @Override
          public void telemetryEvent(Object o) {}

          @Override
          public void publishDiagnostics(PublishDiagnosticsParams d) {
            diagnostics.add(d);
          }

          @Override
          public void showMessage(MessageParams m) {}

          @Override
          public CompletableFuture<MessageActionItem> showMessageRequest(
              ShowMessageRequestParams r) {
            return CompletableFuture.completedFuture(null);
          }

          @Override
          public void logMessage(MessageParams m) {}
        };
    try {
      Launcher<LanguageServer> launcher =
          LSPLauncher.createClientLauncher(client, p.getInputStream(), p.getOutputStream());
      launcher.startListening();
      LanguageServer server = launcher.getRemoteProxy();
      InitializeParams init = new InitializeParams();
      init.setWorkspaceFolders(
          List.of(new WorkspaceFolder(dir.resolve("project").toUri().toString(), "project")));
      init.setCapabilities(new ClientCapabilities());
      com.google.gson.JsonObject options = new com.google.gson.JsonObject();
      options.addProperty("cacheDir", dir.resolve("cache").toString());
      init.setInitializationOptions(options);
      InitializeResult result = server.initialize(init).get(60, TimeUnit.SECONDS);
      assertEquals("sockcheck", result.getServerInfo().getName());
      server.initialized(new InitializedParams());
      String uri = app.toUri().toString();
      server
          .getTextDocumentService()
          .didOpen(
              new DidOpenTextDocumentParams(
                  new TextDocumentItem(uri, "python", 1, Files.readString(app))));
      PublishDiagnosticsParams d = null;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline && (d == null || d.getDiagnostics().isEmpty())) {
        d = diagnostics.poll(1, TimeUnit.SECONDS);
      }
      assertTrue(
          d != null
              && d.getDiagnostics().stream()
                  .anyMatch(
                      x -> "python-socket-fileno-without-proto".equals(x.getCode().getLeft())),
          String.valueOf(d));
      server.shutdown().get(60, TimeUnit.SECONDS);
      server.exit();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue());
    } finally {
      p.destroyForcibly();
    }
  }
}
