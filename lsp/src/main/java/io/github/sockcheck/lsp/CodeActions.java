package io.github.sockcheck.lsp;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Fix;
import io.github.sockcheck.core.fix.TextOffsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The code actions of a range: for each finding there, the rule's quick fixes (as the scan rendered
 * them, so offered only when certain) and "suppress with a {@code sockcheck:ignore} comment".
 * Offered only while the document is still the version the last scan read; the next scan follows
 * every edit quickly.
 */
final class CodeActions {

  private CodeActions() {}

  static List<Either<Command, CodeAction>> of(
      Publisher.Scan scan, Path file, Range range, Optional<OpenDocuments.Document> current) {
    List<Either<Command, CodeAction>> out = new ArrayList<>();
    Path root = scan.workspace().root();
    if (!file.startsWith(root)) return out;
    String path = root.relativize(file).toString().replace('\\', '/');
    OpenDocuments.Document scanned = scan.buffers().get(file);
    if (current.isPresent() && (scanned == null || scanned.version() != current.get().version()))
      return out;
    Optional<TextOffsets> text = scan.text(path);
    if (text.isEmpty()) return out;
    DiagnosticMapper mapper = scan.mapper();
    for (Finding f : scan.result().reportable()) {
      if (!f.location().path().equals(path)) continue;
      Diagnostic diagnostic = mapper.finding(f, text.get());
      if (!Ranges.overlaps(diagnostic.getRange(), range)) continue;
      boolean first = true;
      for (Fix fix : f.fixes()) {
        Optional<WorkspaceEdit> edit = workspaceEdit(scan, fix);
        if (edit.isEmpty()) continue;
        CodeAction action = new CodeAction(fix.description());
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(diagnostic));
        action.setEdit(edit.get());
        action.setIsPreferred(first);
        first = false;
        out.add(Either.forRight(action));
      }
      suppress(f, path, file, text.get(), diagnostic).ifPresent(a -> out.add(Either.forRight(a)));
    }
    return out;
  }

  private static Optional<WorkspaceEdit> workspaceEdit(Publisher.Scan scan, Fix fix) {
    if (fix.edits().isEmpty()) return Optional.empty();
    Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
    for (io.github.sockcheck.core.findings.TextEdit e : fix.edits()) {
      Optional<TextOffsets> text = scan.text(e.region().path());
      if (text.isEmpty()) return Optional.empty();
      String uri = Uris.toUri(scan.workspace().root().resolve(e.region().path()));
      int from = text.get().offset(e.region().startLine(), e.region().startColumn());
      int to = text.get().offset(e.region().endLine(), e.region().endColumn());
      if (from < 0 || to < from) return Optional.empty();
      changes
          .computeIfAbsent(uri, k -> new ArrayList<>())
          .add(new TextEdit(range(text.get(), from, to), e.replacement()));
    }
    return Optional.of(new WorkspaceEdit(changes));
  }

  private static Range range(TextOffsets text, int from, int to) {
    int[] a = text.position(from);
    int[] b = text.position(to);
    return new Range(new Position(a[0] - 1, a[1] - 1), new Position(b[0] - 1, b[1] - 1));
  }

  /** A comment line above the finding's line, indented like it. */
  private static Optional<CodeAction> suppress(
      Finding f, String path, Path file, TextOffsets text, Diagnostic diagnostic) {
    int line = f.location().startLine();
    if (line < 1 || line > text.lineCount()) return Optional.empty();
    Optional<String> comment = SuppressComment.of(path, f.ruleId());
    if (comment.isEmpty()) return Optional.empty();
    String source = text.text();
    if (line > 1 && path.endsWith(".py")) {
      String above = source.substring(text.lineStart(line - 1), text.lineEnd(line - 1));
      if (above.stripTrailing().endsWith("\\"))
        return Optional.empty(); // a comment line would end the continuation
    }
    String lineText = source.substring(text.lineStart(line), text.lineEnd(line));
    String indent = lineText.substring(0, lineText.length() - lineText.stripLeading().length());
    String nl = source.contains("\r\n") ? "\r\n" : "\n";
    Position at = new Position(line - 1, 0);
    WorkspaceEdit edit =
        new WorkspaceEdit(
            Map.of(
                Uris.toUri(file),
                List.of(new TextEdit(new Range(at, at), indent + comment.get() + nl))));
    CodeAction action =
        new CodeAction("Suppress " + f.ruleId() + " here (sockcheck:ignore, give a reason)");
    action.setKind(CodeActionKind.QuickFix);
    action.setDiagnostics(List.of(diagnostic));
    action.setEdit(edit);
    return Optional.of(action);
  }
}
