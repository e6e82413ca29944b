package io.github.sockcheck.lsp;

import io.github.sockcheck.scan.ConfigurationException;
import io.github.sockcheck.scan.ScanResult;
import io.github.sockcheck.scan.Sockcheck;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs scans one at a time on a background thread, never on the thread that reads LSP messages.
 * Requests that arrive while a scan runs coalesce into one scan of the newest buffers, so typing
 * never queues scans. A scan that fails is reported to the user and the server goes on.
 */
final class ScanScheduler {

  /** What a scan needs and where its outcome goes. */
  interface Target {
    Workspace workspace();

    OpenDocuments documents();

    void scanned(Workspace workspace, ScanResult result, Map<Path, OpenDocuments.Document> buffers);

    void failed(String message);
  }

  private final Target target;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "sockcheck-scan");
            t.setDaemon(true);
            return t;
          });
  private boolean pending;
  private boolean running;

  ScanScheduler(Target target) {
    this.target = target;
  }

  /** Asks for a scan of the current buffers; returns at once. */
  synchronized void request() {
    pending = true;
    if (!running) {
      running = true;
      executor.execute(this::loop);
    }
  }

  void shutdown() {
    executor.shutdownNow();
  }

  private void loop() {
    while (true) {
      synchronized (this) {
        if (!pending || executor.isShutdown()) {
          running = false;
          return;
        }
        pending = false;
      }
      scanOnce();
    }
  }

  private void scanOnce() {
    Workspace workspace = target.workspace();
    if (workspace == null) return;
    Map<Path, OpenDocuments.Document> buffers = target.documents().snapshot();
    try {
      ScanResult result = Sockcheck.scan(workspace.request(buffers));
      target.scanned(workspace, result, buffers);
    } catch (ConfigurationException e) {
      target.failed("sockcheck configuration: " + e.getMessage());
    } catch (Exception | LinkageError | StackOverflowError e) {
      target.failed("sockcheck scan failed: " + e);
    }
  }
}
