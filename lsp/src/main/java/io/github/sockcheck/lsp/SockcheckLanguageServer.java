package io.github.sockcheck.lsp;

import io.github.sockcheck.scan.ConfigKey;
import io.github.sockcheck.scan.ScanResult;
import io.github.sockcheck.scan.Sockcheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PositionEncodingKind;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * {@code sockcheck lsp}: diagnostics for every file kind sockcheck reads, on open, on every change
 * (the scan reads the unsaved buffers) and on save; quick fixes from the rules' {@code
 * quick-fixes}; a suppression comment for every finding. Each scan covers the whole workspace root
 * through the incremental cache, so an edit re-analyses the changed file and the files that resolve
 * names against it; class files (the bytecode rules) are picked up when the editor reports them
 * changed, or on the next save.
 */
public final class SockcheckLanguageServer
    implements LanguageServer, LanguageClientAware, ScanScheduler.Target {

  /** Files whose change can change findings: watched through the client when it can. */
  static final List<String> WATCHED =
      List.of(
          "**/*.java",
          "**/*.class",
          "**/*.jar",
          "**/pom.xml",
          "**/*.py",
          "**/requirements*.txt",
          "**/pyproject.toml",
          "**/Pipfile",
          "**/Pipfile.lock",
          "**/poetry.lock",
          "**/uv.lock",
          "**/setup.cfg",
          "**/.python-version",
          "**/runtime.txt",
          "**/Procfile",
          "**/Dockerfile*",
          "**/*.dockerfile",
          "**/*compose*.yml",
          "**/*compose*.yaml",
          "**/*.sh",
          "**/*.yaml",
          "**/" + ConfigKey.Names.DEFAULT_BASELINE_FILE);

  private final OpenDocuments documents = new OpenDocuments();
  private final IntConsumer onExit;
  private final ScanScheduler scheduler = new ScanScheduler(this);
  private final SockcheckDocumentService documentService = new SockcheckDocumentService(this);
  private final SockcheckWorkspaceService workspaceService = new SockcheckWorkspaceService(this);
  private volatile LanguageClient client;
  private volatile Publisher publisher;
  private volatile Workspace workspace;
  private volatile Settings initSettings = Settings.NONE;
  private volatile boolean watchRegistration;
  private volatile boolean shutdown;

  /**
   * @param onExit called with the exit code when the client sends {@code exit}
   */
  public SockcheckLanguageServer(IntConsumer onExit) {
    this.onExit = onExit;
  }

  @Override
  public void connect(LanguageClient languageClient) {
    this.client = languageClient;
    this.publisher = new Publisher(languageClient);
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    Optional<Path> root = rootOf(params);
    root.ifPresent(r -> workspace = new Workspace(r, documents));
    initSettings = Settings.fromJson(params.getInitializationOptions());
    if (workspace != null) workspace.configure(initSettings);
    var caps = params.getCapabilities();
    watchRegistration =
        caps != null
            && caps.getWorkspace() != null
            && caps.getWorkspace().getDidChangeWatchedFiles() != null
            && Boolean.TRUE.equals(
                caps.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());

    ServerCapabilities capabilities = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Full);
    sync.setSave(new SaveOptions(false));
    capabilities.setTextDocumentSync(sync);
    capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    capabilities.setPositionEncoding(PositionEncodingKind.UTF16);
    return CompletableFuture.completedFuture(
        new InitializeResult(capabilities, new ServerInfo("sockcheck", Sockcheck.VERSION)));
  }

  @Override
  public void initialized(InitializedParams params) {
    if (workspace == null) {
      log(
          MessageType.Warning,
          "sockcheck: no workspace folder was given; open a folder to get findings");
      return;
    }
    if (watchRegistration && client != null) {
      List<FileSystemWatcher> watchers = new ArrayList<>();
      for (String glob : WATCHED) watchers.add(new FileSystemWatcher(Either.forLeft(glob)));
      client.registerCapability(
          new RegistrationParams(
              List.of(
                  new Registration(
                      "sockcheck-watch",
                      "workspace/didChangeWatchedFiles",
                      new DidChangeWatchedFilesRegistrationOptions(watchers)))));
    }
    scheduler.request(); // fills the cache, so the first edit is fast
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdown = true;
    scheduler.shutdown();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    onExit.accept(shutdown ? 0 : 1);
  }

  /** The exit code when the input ends without {@code exit}: 0 after {@code shutdown}, else 1. */
  int exitCode() {
    return shutdown ? 0 : 1;
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documentService;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspaceService;
  }

  @Override
  public Workspace workspace() {
    return workspace;
  }

  @Override
  public OpenDocuments documents() {
    return documents;
  }

  @Override
  public void scanned(
      Workspace scannedWorkspace, ScanResult result, Map<Path, OpenDocuments.Document> buffers) {
    if (!shutdown && publisher != null) publisher.publish(scannedWorkspace, result, buffers);
  }

  @Override
  public void failed(String message) {
    // A scan cut short by shutdown is not a failure to tell the user about.
    if (!shutdown && client != null)
      client.showMessage(new MessageParams(MessageType.Error, message));
  }

  void requestScan() {
    if (!shutdown) scheduler.request();
  }

  Publisher publisher() {
    return publisher;
  }

  Settings initSettings() {
    return initSettings;
  }

  LanguageClient client() {
    return client;
  }

  void log(MessageType type, String message) {
    if (client != null) client.logMessage(new MessageParams(type, message));
  }

  @SuppressWarnings("deprecation")
  private static Optional<Path> rootOf(InitializeParams params) {
    if (params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()) {
      Optional<Path> p = Uris.toPath(params.getWorkspaceFolders().get(0).getUri());
      if (p.isPresent()) return p;
    }
    if (params.getRootUri() != null) {
      Optional<Path> p = Uris.toPath(params.getRootUri());
      if (p.isPresent()) return p;
    }
    if (params.getRootPath() != null && !params.getRootPath().isBlank()) {
      return Optional.of(Path.of(params.getRootPath()).toAbsolutePath().normalize());
    }
    return Optional.empty();
  }
}
