package io.github.sockcheck.lsp;

import java.util.List;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Configuration changes and file events from the editor: both lead to a new scan. */
final class SockcheckWorkspaceService implements WorkspaceService {

  private final SockcheckLanguageServer server;

  SockcheckWorkspaceService(SockcheckLanguageServer server) {
    this.server = server;
  }

  /**
   * New settings replace the editor's settings (unset keys fall back to the initialization options
   * and the pom). A client that sends none (the "pull" model) is asked with {@code
   * workspace/configuration}.
   */
  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    Workspace ws = server.workspace();
    if (ws == null) return;
    Settings pushed = Settings.fromJson(params.getSettings());
    if (!pushed.equals(Settings.NONE) || server.client() == null) {
      ws.configure(pushed.orElse(server.initSettings()));
      server.requestScan();
      return;
    }
    ConfigurationItem item = new ConfigurationItem();
    item.setSection("sockcheck");
    item.setScopeUri(Uris.toUri(ws.root()));
    server
        .client()
        .configuration(new ConfigurationParams(List.of(item)))
        .thenAccept(
            values -> {
              Settings pulled =
                  values == null || values.isEmpty()
                      ? Settings.NONE
                      : Settings.fromJson(values.get(0));
              ws.configure(pulled.orElse(server.initSettings()));
              server.requestScan();
            })
        .exceptionally(
            e -> {
              server.requestScan();
              return null;
            });
  }

  /**
   * Added or removed files change what is scanned; changed class files, poms or manifests change
   * findings.
   */
  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    Workspace ws = server.workspace();
    if (ws == null) return;
    for (FileEvent e : params.getChanges()) {
      boolean pom = e.getUri().endsWith("/pom.xml");
      if (e.getType() != FileChangeType.Changed || pom) {
        ws.invalidate();
        break;
      }
    }
    server.requestScan();
  }
}
