package io.github.sockcheck.core.fix;

import io.github.sockcheck.core.findings.TextEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Applies text edits of one file to its text. */
public final class TextEdits {

  private TextEdits() {}

  /** An edit as offsets into one text: replace [from, to) with {@code replacement}. */
  public record Span(int from, int to, String replacement) {}

  /**
   * The offsets of {@code edits} in {@code text}, sorted, identical edits once; empty when a region
   * lies outside the text or two edits overlap (two insertions at one place count as overlapping
   * unless equal).
   */
  public static Optional<List<Span>> spans(String text, List<TextEdit> edits) {
    TextOffsets offsets = new TextOffsets(text);
    List<Span> spans = new ArrayList<>();
    for (TextEdit e : edits) {
      int from = offsets.offset(e.region().startLine(), e.region().startColumn());
      int to = offsets.offset(e.region().endLine(), e.region().endColumn());
      if (from < 0 || to < from) return Optional.empty();
      Span s = new Span(from, to, e.replacement());
      if (!spans.contains(s)) spans.add(s);
    }
    spans.sort(Comparator.comparingInt(Span::from).thenComparingInt(Span::to));
    for (int i = 1; i < spans.size(); i++) {
      Span a = spans.get(i - 1);
      Span b = spans.get(i);
      if (b.from() < a.to() || b.from() == a.from()) return Optional.empty();
    }
    return Optional.of(spans);
  }

  /** The text after {@code edits}; empty when they do not fit it (see {@link #spans}). */
  public static Optional<String> apply(String text, List<TextEdit> edits) {
    return spans(text, edits)
        .map(
            spans -> {
              StringBuilder out = new StringBuilder(text);
              for (int i = spans.size() - 1; i >= 0; i--) {
                Span s = spans.get(i);
                out.replace(s.from(), s.to(), s.replacement());
              }
              return out.toString();
            });
  }
}
