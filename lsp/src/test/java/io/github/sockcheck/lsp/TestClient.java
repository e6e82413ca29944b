package io.github.sockcheck.lsp;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.UnregistrationParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** An LSP client that records what the server sends. */
class TestClient implements LanguageClient {

  final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
  final BlockingQueue<MessageParams> messages = new LinkedBlockingQueue<>();

  @Override
  public void telemetryEvent(Object object) {}

  @Override
  public void publishDiagnostics(PublishDiagnosticsParams params) {
    diagnostics.add(params);
  }

  @Override
  public void showMessage(MessageParams params) {
    messages.add(params);
  }

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void logMessage(MessageParams params) {}

  @Override
  public CompletableFuture<Void> registerCapability(RegistrationParams params) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> unregisterCapability(UnregistrationParams params) {
    return CompletableFuture.completedFuture(null);
  }

  /** The next publication for {@code uri} that {@code wanted} accepts; fails after a minute. */
  PublishDiagnosticsParams await(String uri, Predicate<PublishDiagnosticsParams> wanted)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      PublishDiagnosticsParams p = diagnostics.poll(1, TimeUnit.SECONDS);
      if (p != null && p.getUri().equals(uri) && wanted.test(p)) return p;
      MessageParams m = messages.poll();
      if (m != null) throw new AssertionError("server said: " + m.getMessage());
    }
    throw new AssertionError("no matching diagnostics for " + uri + " within a minute");
  }

  static boolean hasRule(PublishDiagnosticsParams p, String rule) {
    return p.getDiagnostics().stream()
        .anyMatch(d -> d.getCode() != null && rule.equals(d.getCode().getLeft()));
  }

  static List<String> rules(PublishDiagnosticsParams p) {
    return p.getDiagnostics().stream()
        .map(d -> d.getCode() == null ? "" : d.getCode().getLeft())
        .toList();
  }
}
