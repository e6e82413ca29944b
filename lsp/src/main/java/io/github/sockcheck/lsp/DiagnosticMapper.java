package io.github.sockcheck.lsp;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.RelatedLocation;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.fix.TextOffsets;
import io.github.sockcheck.core.report.RuleText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Findings and scan notifications as LSP diagnostics. */
final class DiagnosticMapper {

  static final String SOURCE = "sockcheck";

  private final Path root;
  private final Function<String, Optional<TextOffsets>> texts;

  /**
   * @param texts the text of a repository-relative path as the scan saw it (buffer or disk)
   */
  DiagnosticMapper(Path root, Function<String, Optional<TextOffsets>> texts) {
    this.root = root;
    this.texts = texts;
  }

  Diagnostic finding(Finding f, TextOffsets text) {
    Diagnostic d =
        new Diagnostic(
            Ranges.of(f.location(), text), f.message(), severity(f.severity()), SOURCE, f.ruleId());
    d.setCodeDescription(new DiagnosticCodeDescription(RuleText.helpUri(f.ruleId())));
    List<DiagnosticRelatedInformation> related = new ArrayList<>();
    for (RelatedLocation r : f.related()) {
      Path file = root.resolve(r.location().path()).normalize();
      Optional<TextOffsets> other = texts.apply(r.location().path());
      if (other.isEmpty()) continue;
      related.add(
          new DiagnosticRelatedInformation(
              new org.eclipse.lsp4j.Location(
                  Uris.toUri(file), Ranges.of(r.location(), other.get())),
              r.message() == null || r.message().isBlank() ? "related" : r.message()));
    }
    if (!related.isEmpty()) d.setRelatedInformation(related);
    return d;
  }

  /**
   * A file that could not be analysed (does not parse, unreadable manifest): shown where the
   * problem is.
   */
  Diagnostic notification(Notification n, TextOffsets text) {
    Diagnostic d =
        new Diagnostic(Ranges.of(n.location(), text), n.message(), severity(n.level()), SOURCE);
    d.setCode(Either.forLeft("sockcheck-" + (n.source() == null ? "scan" : n.source())));
    return d;
  }

  static DiagnosticSeverity severity(Severity s) {
    return switch (s) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case NOTE -> DiagnosticSeverity.Information;
    };
  }
}
