package io.github.sockcheck.lsp;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Open, change, save and close of documents (each asks for a scan), and code actions from the last
 * scan.
 */
final class SockcheckDocumentService implements TextDocumentService {

  private final SockcheckLanguageServer server;

  SockcheckDocumentService(SockcheckLanguageServer server) {
    this.server = server;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    Optional<Path> path = Uris.toPath(uri);
    if (path.isEmpty()) return;
    server
        .documents()
        .open(
            new OpenDocuments.Document(
                uri,
                path.get(),
                params.getTextDocument().getText(),
                params.getTextDocument().getVersion()));
    Workspace ws = server.workspace();
    if (ws != null && ws.contains(path.get()) && !ws.covers(path.get())) ws.invalidate();
    server.requestScan();
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    Optional<Path> path = Uris.toPath(params.getTextDocument().getUri());
    List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
    if (path.isEmpty() || changes == null || changes.isEmpty()) return;
    // Full synchronisation: the last change holds the whole text.
    server
        .documents()
        .change(
            path.get(),
            changes.get(changes.size() - 1).getText(),
            params.getTextDocument().getVersion());
    server.requestScan();
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    Optional<Path> path = Uris.toPath(params.getTextDocument().getUri());
    Workspace ws = server.workspace();
    if (path.isPresent() && ws != null && path.get().getFileName().toString().equals("pom.xml"))
      ws.invalidate();
    server.requestScan();
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    Optional<Path> path = Uris.toPath(uri);
    if (path.isEmpty()) return;
    server.documents().close(path.get());
    Workspace ws = server.workspace();
    if (server.publisher() != null)
      server.publisher().closed(uri, ws != null && ws.settings().workspaceDiagnostics());
    server
        .requestScan(); // the file now reads from the disk, which may differ from the closed buffer
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    Optional<Path> path = Uris.toPath(params.getTextDocument().getUri());
    if (path.isEmpty() || server.publisher() == null)
      return CompletableFuture.completedFuture(List.of());
    return CompletableFuture.completedFuture(
        server
            .publisher()
            .last()
            .map(
                scan ->
                    CodeActions.of(
                        scan, path.get(), params.getRange(), server.documents().get(path.get())))
            .orElse(List.of()));
  }
}
