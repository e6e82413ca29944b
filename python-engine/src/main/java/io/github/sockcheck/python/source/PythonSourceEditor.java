package io.github.sockcheck.python.source;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.TextEdit;
import io.github.sockcheck.core.fix.CallText;
import io.github.sockcheck.core.fix.SourceEditor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Quick fixes in Python sources: finds a reported call again with the engine's tokenizer (the
 * callee's first name starts where the finding does) and splits its arguments, keyword arguments
 * included.
 */
public final class PythonSourceEditor implements SourceEditor {

  @Override
  public boolean handles(String path) {
    return path.endsWith(".py");
  }

  /** No unterminated string and balanced brackets: what the tokenizer can vouch for. */
  @Override
  public boolean parses(String text) {
    PyTokenizer t = PyTokenizer.tokenize(text);
    if (!t.problems().isEmpty()) return false;
    int depth = 0;
    for (PyToken token : t.tokens()) {
      if (token.type() != PyToken.Type.OP) continue;
      switch (token.text()) {
        case "(", "[", "{" -> depth++;
        case ")", "]", "}" -> {
          if (--depth < 0) return false;
        }
        default -> {}
      }
    }
    return depth == 0;
  }

  @Override
  public Optional<CallText> call(String text, Location at, String member) {
    if (at.startColumn() <= 0 || !parses(text)) return Optional.empty();
    List<PyToken> tokens = PyTokenizer.tokenize(text).tokens();
    for (int i = 0; i < tokens.size(); i++) {
      PyToken t = tokens.get(i);
      if (t.line() != at.startLine() || t.column() != at.startColumn() || !t.isName()) continue;
      int j = i;
      while (j + 2 < tokens.size() && tokens.get(j + 1).isOp(".") && tokens.get(j + 2).isName())
        j += 2;
      if (j + 1 >= tokens.size() || !tokens.get(j + 1).isOp("(")) return Optional.empty();
      return callText(text, tokens, i, j + 1);
    }
    return Optional.empty();
  }

  private static Optional<CallText> callText(
      String text, List<PyToken> tokens, int first, int open) {
    int depth = 0;
    int close = -1;
    List<int[]> ranges = new ArrayList<>();
    int argStart = open + 1;
    for (int k = open; k < tokens.size() && close < 0; k++) {
      PyToken t = tokens.get(k);
      if (t.type() != PyToken.Type.OP) continue;
      switch (t.text()) {
        case "(", "[", "{" -> depth++;
        case ")", "]", "}" -> {
          if (--depth == 0) {
            close = k;
            if (k > argStart) ranges.add(new int[] {argStart, k});
          }
        }
        case "," -> {
          if (depth == 1) {
            if (k > argStart) ranges.add(new int[] {argStart, k});
            argStart = k + 1;
          }
        }
        default -> {}
      }
    }
    if (close < 0) return Optional.empty();
    List<CallText.Arg> args = new ArrayList<>();
    for (int[] r : ranges) {
      int from = r[0];
      int to = r[1] - 1;
      while (to >= from && tokens.get(to).type() == PyToken.Type.NEWLINE) to--;
      if (to < from) continue;
      String keyword = null;
      int valueFrom = from;
      if (tokens.get(from).isName() && to > from && tokens.get(from + 1).isOp("=")) {
        keyword = tokens.get(from).text();
        valueFrom = from + 2;
        if (valueFrom > to) return Optional.empty();
      }
      int start = tokens.get(from).start();
      int end = tokens.get(to).end();
      args.add(
          new CallText.Arg(
              keyword, start, end, text.substring(tokens.get(valueFrom).start(), end)));
    }
    return Optional.of(
        new CallText(
            tokens.get(first).start(),
            tokens.get(close).end(),
            tokens.get(open).start(),
            tokens.get(close).start(),
            args));
  }

  @Override
  public Optional<List<TextEdit>> imports(String path, String text, List<String> types) {
    return types.isEmpty() ? Optional.of(List.of()) : Optional.empty();
  }
}
