package io.github.sockcheck.python.gunicorn;

import io.github.sockcheck.python.Facts;
import io.github.sockcheck.python.text.TextFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Heroku-style {@code Procfile}: {@code web: gunicorn app:app -k gevent}, one process type per
 * line; and shell scripts.
 */
public final class ProcfileReader {

  private ProcfileReader() {}

  public static void procfile(Facts out, Path file, WorkerFinder workers) {
    String text = read(out, file);
    if (text == null) return;
    int[] lineStarts = TextFiles.lineStarts(text);
    for (int i = 0; i < lineStarts.length; i++) {
      int start = lineStarts[i];
      int end = i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : text.length();
      int colon = text.indexOf(':', start);
      if (colon < 0 || colon >= end || text.substring(start, end).strip().startsWith("#")) continue;
      workers.shell(file, text, lineStarts, colon + 1, end);
    }
  }

  /**
   * A shell script or {@code .env} file: every gunicorn command and GUNICORN_CMD_ARGS assignment.
   */
  public static void shellScript(Facts out, Path file, WorkerFinder workers) {
    String text = read(out, file);
    if (text == null) return;
    workers.shell(file, text, TextFiles.lineStarts(text), 0, text.length());
  }

  private static String read(Facts out, Path file) {
    try {
      return out.read(file);
    } catch (IOException e) {
      out.problem(file, 0, "cannot read: " + e.getMessage());
      return null;
    }
  }
}
