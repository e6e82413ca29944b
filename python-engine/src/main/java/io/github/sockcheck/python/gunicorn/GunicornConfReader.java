package io.github.sockcheck.python.gunicorn;

import io.github.sockcheck.python.Facts;
import io.github.sockcheck.python.source.PyToken;
import io.github.sockcheck.python.source.PyTokenizer;
import java.nio.file.Path;
import java.util.List;

/**
 * A gunicorn Python config file ({@code gunicorn.conf.py}, or any file passed with {@code -c}):
 * statements {@code worker_class = "gevent"} (also concatenated strings, and the default of {@code
 * os.environ.get("X", "gevent")} / {@code os.getenv("X", "gevent")}). Read with the Python
 * tokenizer, so comments and strings that merely mention the setting are not mistaken for it.
 */
public final class GunicornConfReader {

  private GunicornConfReader() {}

  public static void read(Facts out, Path file, WorkerFinder workers) {
    String text = out.readOrReport(file, "gunicorn config");
    if (text == null) return;
    PyTokenizer tokenizer = PyTokenizer.tokenize(text);
    for (String problem : tokenizer.problems())
      out.problem(file, PyTokenizer.problemLine(problem), problem);
    List<PyToken> tokens = tokenizer.tokens();
    boolean statementStart = true;
    for (int i = 0; i < tokens.size(); i++) {
      PyToken t = tokens.get(i);
      if (t.type() == PyToken.Type.NEWLINE || t.isOp(";")) {
        statementStart = true;
        continue;
      }
      boolean start = statementStart;
      statementStart = false;
      if (!start
          || !t.is(PyToken.Type.NAME, "worker_class")
          || i + 2 >= tokens.size()
          || !tokens.get(i + 1).isOp("=")) continue;
      int end = i + 2;
      while (end < tokens.size()
          && tokens.get(end).type() != PyToken.Type.NEWLINE
          && !tokens.get(end).isOp(";")) end++;
      PyToken valueToken = valueToken(tokens, i + 2, end);
      if (valueToken == null) continue;
      String value =
          tokens.subList(i + 2, end).stream().allMatch(x -> x.type() == PyToken.Type.STRING)
              ? concatenated(tokens, i + 2, end)
              : valueToken.value();
      if (value == null) continue;
      workers.workerClass(
          value,
          out.at(
              file,
              valueToken.line(),
              valueToken.column(),
              valueToken.endLine() == valueToken.line()
                  ? valueToken.endColumn()
                  : valueToken.column() + 1));
    }
  }

  /**
   * The string token holding the value: the whole value, or the default argument of an environment
   * lookup.
   */
  private static PyToken valueToken(List<PyToken> tokens, int from, int end) {
    if (from < end
        && tokens.subList(from, end).stream().allMatch(x -> x.type() == PyToken.Type.STRING))
      return tokens.get(from);
    StringBuilder callee = new StringBuilder();
    int i = from;
    while (i < end && (tokens.get(i).isName() || tokens.get(i).isOp(".")))
      callee.append(tokens.get(i++).text());
    String c = callee.toString();
    if (!(c.equals("os.environ.get")
        || c.equals("os.getenv")
        || c.equals("environ.get")
        || c.equals("getenv"))) return null;
    // os.getenv("NAME", "default"): the last top-level string argument
    if (i + 4 < end + 1
        && tokens.get(i).isOp("(")
        && end - 1 > i
        && tokens.get(end - 1).isOp(")")) {
      PyToken last = tokens.get(end - 2);
      if (last.type() == PyToken.Type.STRING && tokens.get(end - 3).isOp(",")) return last;
    }
    return null;
  }

  private static String concatenated(List<PyToken> tokens, int from, int end) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < end; i++) {
      if (tokens.get(i).value() == null) return null; // f-string
      b.append(tokens.get(i).value());
    }
    return b.toString();
  }
}
