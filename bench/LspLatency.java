import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Warm per-edit latency of `sockcheck lsp`: starts the server jar, opens one file of a project, waits for the
 * first (cold) diagnostics, then edits that file EDITS times (a comment line added and removed, the buffer
 * never saved) and times each didChange → publishDiagnostics of that version. Run by bench/lsp-latency:
 *   java -cp sockcheck.jar bench/LspLatency.java JAR PROJECT FILE [EDITS]
 */
public class LspLatency {

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]).toAbsolutePath();
    Path project = Path.of(args[1]).toAbsolutePath();
    Path file = project.resolve(args[2]);
    int edits = args.length > 3 ? Integer.parseInt(args[3]) : 30;
    BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    LanguageClient client = new LanguageClient() {
      @Override public void telemetryEvent(Object o) {}
      @Override public void publishDiagnostics(PublishDiagnosticsParams d) { published.add(d); }
      @Override public void showMessage(MessageParams m) { System.err.println("server: " + m.getMessage()); }
      @Override public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams r) {
        return CompletableFuture.completedFuture(null);
      }
      @Override public void logMessage(MessageParams m) {}
    };
    Path cache = Files.createTempDirectory("sockcheck-lsp-bench");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process server = new ProcessBuilder(java, "-jar", jar.toString(), "lsp").redirectError(ProcessBuilder.Redirect.INHERIT).start();
    Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, server.getInputStream(), server.getOutputStream());
    launcher.startListening();
    LanguageServer lsp = launcher.getRemoteProxy();
    InitializeParams init = new InitializeParams();
    init.setWorkspaceFolders(List.of(new WorkspaceFolder(project.toUri().toString(), "project")));
    init.setCapabilities(new ClientCapabilities());
    com.google.gson.JsonObject options = new com.google.gson.JsonObject();
    options.addProperty("cacheDir", cache.toString());
    init.setInitializationOptions(options);
    long t0 = System.nanoTime();
    lsp.initialize(init).get(10, TimeUnit.MINUTES);
    lsp.initialized(new InitializedParams());
    String uri = file.toUri().toString();
    String text = Files.readString(file);
    lsp.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "java", 1, text)));
    PublishDiagnosticsParams first = await(published, uri, 1);
    System.out.printf("cold: first diagnostics %.0f ms after initialize (%d diagnostics in %s)%n",
        (System.nanoTime() - t0) / 1e6, first.getDiagnostics().size(), project.relativize(file));
    // The initial full scan and the open may publish twice; let the server go idle before timing edits.
    Thread.sleep(3000);
    published.clear();
    List<Double> ms = new ArrayList<>();
    Duration cpuBefore = server.info().totalCpuDuration().orElse(Duration.ZERO);
    for (int i = 0; i < edits; i++) {
      int version = i + 2;
      String changed = i % 2 == 0 ? "// edit " + i + "\n" + text : text;
      long start = System.nanoTime();
      lsp.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
          List.of(new TextDocumentContentChangeEvent(changed))));
      await(published, uri, version);
      ms.add((System.nanoTime() - start) / 1e6);
      Thread.sleep(200); // an editor sends changes as the user types, not back to back
    }
    Duration cpu = server.info().totalCpuDuration().orElse(Duration.ZERO).minus(cpuBefore);
    Collections.sort(ms);
    System.out.printf("warm per-edit latency over %d edits: median %.0f ms, p90 %.0f ms, min %.0f ms, max %.0f ms%n",
        ms.size(), ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.9) - 1), ms.get(0), ms.get(ms.size() - 1));
    // CPU time does not grow with other processes' load the way wall time does on a shared machine.
    System.out.printf("server CPU time per edit (all threads, GC and JIT included): %.0f ms%n", cpu.toMillis() / (double) edits);
    lsp.shutdown().get(1, TimeUnit.MINUTES);
    lsp.exit();
    server.waitFor(1, TimeUnit.MINUTES);
  }

  private static PublishDiagnosticsParams await(BlockingQueue<PublishDiagnosticsParams> q, String uri, int version)
      throws InterruptedException {
    while (true) {
      PublishDiagnosticsParams p = q.poll(10, TimeUnit.MINUTES);
      if (p == null) throw new IllegalStateException("no diagnostics for version " + version);
      if (p.getUri().equals(uri) && p.getVersion() != null && p.getVersion() >= version) return p;
    }
  }
}
