package io.github.sockcheck.lsp;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/** One server process driven over stdio with lsp4j's client launcher, as an editor drives it. */
final class LspSession implements AutoCloseable {

  final TestClient client = new TestClient();
  final LanguageServer server;
  final Process process;
  private final Future<Void> listening;

  LspSession(Path root, Path work) throws Exception {
    process = ServerProcess.start(work.resolve("server-stderr.txt"));
    Launcher<LanguageServer> launcher =
        LSPLauncher.createClientLauncher(
            client, process.getInputStream(), process.getOutputStream());
    listening = launcher.startListening();
    server = launcher.getRemoteProxy();
    InitializeParams init = new InitializeParams();
    init.setWorkspaceFolders(List.of(new WorkspaceFolder(Uris.toUri(root), "project")));
    init.setCapabilities(new ClientCapabilities());
    JsonObject options = new JsonObject();
    options.addProperty("cacheDir", work.resolve("cache").toString());
    init.setInitializationOptions(options);
    server.initialize(init).get(60, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
  }

  String open(Path file, String languageId, String text) {
    String uri = Uris.toUri(file);
    server
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageId, 1, text)));
    return uri;
  }

  void change(String uri, int version, String text) {
    server
        .getTextDocumentService()
        .didChange(
            new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(text))));
  }

  List<CodeAction> codeActions(String uri, Diagnostic d) throws Exception {
    CodeActionParams params =
        new CodeActionParams(
            new TextDocumentIdentifier(uri), d.getRange(), new CodeActionContext(List.of(d)));
    List<CodeAction> out = new ArrayList<>();
    for (Either<org.eclipse.lsp4j.Command, CodeAction> e :
        server.getTextDocumentService().codeAction(params).get(60, TimeUnit.SECONDS)) {
      if (e.isRight()) out.add(e.getRight());
    }
    return out;
  }

  /** Shuts the server down; returns its exit code. */
  int shutdownAndExit() throws Exception {
    server.shutdown().get(60, TimeUnit.SECONDS);
    server.exit();
    if (!process.waitFor(60, TimeUnit.SECONDS)) throw new AssertionError("the server did not exit");
    return process.exitValue();
  }

  @Override
  public void close() {
    listening.cancel(true);
    process.destroyForcibly();
  }

  /** Applies LSP edits (UTF-16 positions) to a text, as the editor does. */
  static String apply(String text, List<TextEdit> edits) {
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(
        Comparator.comparingInt((TextEdit e) -> offset(text, e.getRange().getStart())).reversed());
    StringBuilder out = new StringBuilder(text);
    for (TextEdit e : sorted) {
      out.replace(
          offset(text, e.getRange().getStart()),
          offset(text, e.getRange().getEnd()),
          e.getNewText());
    }
    return out.toString();
  }

  static int offset(String text, Position p) {
    int line = 0;
    int i = 0;
    while (line < p.getLine()) {
      int nl = text.indexOf('\n', i);
      if (nl < 0) return text.length();
      i = nl + 1;
      line++;
    }
    return i + p.getCharacter();
  }

  /** The text a range covers. */
  static String slice(String text, org.eclipse.lsp4j.Range r) {
    return text.substring(offset(text, r.getStart()), offset(text, r.getEnd()));
  }

  static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }
}
