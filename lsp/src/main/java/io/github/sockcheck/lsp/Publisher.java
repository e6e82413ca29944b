package io.github.sockcheck.lsp;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.fix.TextOffsets;
import io.github.sockcheck.core.io.FileTexts;
import io.github.sockcheck.scan.ScanResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Turns each scan into {@code textDocument/publishDiagnostics}: the reportable findings and the
 * problems of the open files (or of every file, with {@code diagnostics: workspace}), and an empty
 * list for every file that had diagnostics and has none now. Keeps the last scan for code actions.
 */
final class Publisher {

  /**
   * One finished scan: the result, the buffers it read, and the texts it saw (by
   * repository-relative path).
   */
  record Scan(
      Workspace workspace,
      ScanResult result,
      Map<Path, OpenDocuments.Document> buffers,
      Map<String, Optional<TextOffsets>> texts) {

    /** The text of a repository-relative path as this scan read it. */
    synchronized Optional<TextOffsets> text(String path) {
      return texts.computeIfAbsent(
          path,
          p -> {
            Path file = workspace.root().resolve(p).normalize();
            OpenDocuments.Document open = buffers.get(file);
            if (open != null) return Optional.of(new TextOffsets(open.text()));
            return new FileTexts(workspace.root()).text(p).map(TextOffsets::new);
          });
    }

    DiagnosticMapper mapper() {
      return new DiagnosticMapper(workspace.root(), this::text);
    }
  }

  private final LanguageClient client;
  private final Set<String> published = new HashSet<>();
  private volatile Scan last;

  Publisher(LanguageClient client) {
    this.client = client;
  }

  Optional<Scan> last() {
    return Optional.ofNullable(last);
  }

  synchronized void publish(
      Workspace workspace, ScanResult result, Map<Path, OpenDocuments.Document> buffers) {
    Scan scan = new Scan(workspace, result, buffers, new HashMap<>());
    // Kept before any diagnostic goes out: a client asks for code actions as soon as it has them,
    // on another thread, and they must come from this scan, not the one before it.
    last = scan;
    boolean everywhere = workspace.settings().workspaceDiagnostics();
    Map<String, List<Diagnostic>> byUri = new TreeMap<>();
    for (OpenDocuments.Document d : buffers.values())
      if (workspace.contains(d.path())) byUri.put(d.uri(), new ArrayList<>());
    Map<String, String> uriOfPath = new LinkedHashMap<>();
    DiagnosticMapper mapper = scan.mapper();
    for (Finding f : result.reportable()) {
      String uri = target(workspace, f.location().path(), buffers, everywhere, uriOfPath);
      Optional<TextOffsets> text = uri == null ? Optional.empty() : scan.text(f.location().path());
      if (text.isPresent())
        byUri.computeIfAbsent(uri, k -> new ArrayList<>()).add(mapper.finding(f, text.get()));
    }
    for (Notification n : result.notifications()) {
      if (n.location() == null || n.location().path().isEmpty()) {
        if (n.level() != io.github.sockcheck.core.findings.Severity.NOTE) {
          client.logMessage(new MessageParams(MessageType.Warning, "sockcheck: " + n.message()));
        }
        continue;
      }
      String uri = target(workspace, n.location().path(), buffers, everywhere, uriOfPath);
      Optional<TextOffsets> text = uri == null ? Optional.empty() : scan.text(n.location().path());
      if (text.isPresent())
        byUri.computeIfAbsent(uri, k -> new ArrayList<>()).add(mapper.notification(n, text.get()));
    }
    Set<String> now = new HashSet<>();
    for (Map.Entry<String, List<Diagnostic>> e : byUri.entrySet()) {
      if (e.getValue().isEmpty() && !published.contains(e.getKey())) continue;
      PublishDiagnosticsParams params = new PublishDiagnosticsParams(e.getKey(), e.getValue());
      versionOf(buffers, e.getKey()).ifPresent(params::setVersion);
      client.publishDiagnostics(params);
      if (!e.getValue().isEmpty()) now.add(e.getKey());
    }
    for (String uri : published) {
      if (!byUri.containsKey(uri))
        client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
    }
    published.clear();
    published.addAll(now);
  }

  /** A closed file's diagnostics go, unless every file's are shown. */
  synchronized void closed(String uri, boolean everywhere) {
    if (!everywhere && published.remove(uri))
      client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
  }

  /**
   * The URI to show a path's diagnostics under; null when it is not shown (a file that is not
   * open).
   */
  private static String target(
      Workspace workspace,
      String path,
      Map<Path, OpenDocuments.Document> buffers,
      boolean everywhere,
      Map<String, String> cache) {
    return cache.computeIfAbsent(
        path,
        p -> {
          Path file = workspace.root().resolve(p).normalize();
          OpenDocuments.Document open = buffers.get(file);
          if (open != null) return open.uri();
          return everywhere ? Uris.toUri(file) : null;
        });
  }

  private static Optional<Integer> versionOf(
      Map<Path, OpenDocuments.Document> buffers, String uri) {
    return buffers.values().stream()
        .filter(d -> d.uri().equals(uri))
        .map(OpenDocuments.Document::version)
        .findFirst();
  }
}
