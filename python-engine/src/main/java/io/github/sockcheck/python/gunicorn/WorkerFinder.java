package io.github.sockcheck.python.gunicorn;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.fix.TextOffsets;
import io.github.sockcheck.python.Facts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns gunicorn options found in one file's text into worker-class facts, and remembers the config
 * files named by {@code -c} so the engine can read them too.
 */
public final class WorkerFinder {

  /** A {@code -c} target: the value as written and the file that named it. */
  public record ConfigRef(String value, Path namedIn, Location at) {}

  private static final String ENV_KEY = "GUNICORN_CMD_ARGS";

  private final Facts out;
  private final List<ConfigRef> configs = new ArrayList<>();

  public WorkerFinder(Facts out) {
    this.out = out;
  }

  public List<ConfigRef> configs() {
    return configs;
  }

  /**
   * Commands and GUNICORN_CMD_ARGS assignments in shell text {@code [from, to)} of {@code text}.
   */
  public void shell(Path file, String text, int[] lineStarts, int from, int to) {
    List<ShellWords.Word> words = ShellWords.split(text, from, to);
    words(file, words, offset -> position(file, lineStarts, offset));
  }

  /** Maps a word offset to a position in the file. */
  public interface Positions {
    int[] lineAndColumn(int offset);
  }

  /** As {@link #shell} for words whose offsets {@code positions} can place. */
  public void words(Path file, List<ShellWords.Word> words, Positions positions) {
    for (GunicornArgs.Found f : GunicornArgs.inCommands(words)) emit(file, f, f.word(), positions);
    for (int i = 0; i < words.size(); i++) {
      ShellWords.Word w = words.get(i);
      if (w.separator()) continue;
      String value = null;
      if (w.text().startsWith(ENV_KEY + "=")) value = w.text().substring(ENV_KEY.length() + 1);
      else if ((w.text().equals(ENV_KEY + ":")) && i + 1 < words.size())
        value = words.get(i + 1).text();
      if (value == null) continue;
      envValue(file, value, w, positions);
    }
  }

  /** A GUNICORN_CMD_ARGS value (options only), reported at {@code holder}. */
  public void envValue(Path file, String value, ShellWords.Word holder, Positions positions) {
    for (GunicornArgs.Found f : GunicornArgs.options(ShellWords.split(value)))
      emit(file, f, holder, positions);
  }

  private void emit(Path file, GunicornArgs.Found f, ShellWords.Word where, Positions positions) {
    int[] start = positions.lineAndColumn(where.start());
    int[] end = positions.lineAndColumn(where.end());
    Location at =
        new Location(
            out.rel(file),
            start[0],
            start[1],
            start[0],
            end[0] == start[0] ? end[1] : start[1] + 1);
    if (f.kind() == GunicornArgs.Kind.WORKER_CLASS) {
      if (!f.value().isBlank() && !f.value().startsWith("$"))
        out.workerClass(normalize(f.value()), at);
    } else {
      configs.add(new ConfigRef(f.value(), file, at));
    }
  }

  private static int[] position(Path file, int[] lineStarts, int offset) {
    int line = TextOffsets.lineOf(lineStarts, offset);
    return new int[] {line, offset - lineStarts[line - 1] + 1};
  }

  /** A direct worker-class value (config file, compose list element), reported at {@code at}. */
  public void workerClass(String value, Location at) {
    if (value != null && !value.isBlank()) out.workerClass(normalize(value), at);
  }

  /**
   * gunicorn also accepts {@code egg:gunicorn#gevent} for its own workers: report the short name.
   */
  static String normalize(String value) {
    String v = value.strip();
    return v.startsWith("egg:gunicorn#") ? v.substring("egg:gunicorn#".length()) : v;
  }
}
