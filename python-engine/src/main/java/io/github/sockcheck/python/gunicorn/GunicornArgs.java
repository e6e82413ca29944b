package io.github.sockcheck.python.gunicorn;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds gunicorn's worker class and config file in command lines: {@code -k gevent}, {@code
 * -kgevent}, {@code --worker-class gevent}, {@code --worker-class=gevent}, {@code -c conf.py},
 * {@code --config=conf.py}, in the arguments of commands whose program is gunicorn ({@code
 * gunicorn}, {@code /usr/local/bin/gunicorn}, {@code python -m gunicorn}, {@code exec gunicorn};
 * see {@link CommandLines}), never in another program's arguments; and in {@code GUNICORN_CMD_ARGS}
 * values, which hold the options alone.
 */
public final class GunicornArgs {

  public enum Kind {
    WORKER_CLASS,
    CONFIG
  }

  /** An option value found, with the word that holds it (for its position). */
  public record Found(Kind kind, String value, ShellWords.Word word) {}

  private GunicornArgs() {}

  /** Options of every gunicorn command in {@code words}. */
  public static List<Found> inCommands(List<ShellWords.Word> words) {
    List<Found> found = new ArrayList<>();
    for (CommandLines.Command c : CommandLines.of(words)) {
      if (c.program().equals("gunicorn")) found.addAll(options(c.args()));
    }
    return found;
  }

  /** True when some command in {@code words} runs gunicorn. */
  public static boolean runsGunicorn(List<ShellWords.Word> words) {
    return CommandLines.of(words).stream().anyMatch(c -> c.program().equals("gunicorn"));
  }

  /** Options alone, as in a GUNICORN_CMD_ARGS value or after the command word. */
  public static List<Found> options(List<ShellWords.Word> args) {
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      ShellWords.Word w = args.get(i);
      if (w.separator()) break;
      String t = w.text();
      boolean hasNext = i + 1 < args.size() && !args.get(i + 1).separator();
      if (t.equals("-k") || t.equals("--worker-class")) {
        if (hasNext) found.add(new Found(Kind.WORKER_CLASS, args.get(i + 1).text(), args.get(++i)));
      } else if (t.startsWith("--worker-class=")) {
        found.add(new Found(Kind.WORKER_CLASS, t.substring("--worker-class=".length()), w));
      } else if (t.startsWith("-k") && !t.startsWith("--") && t.length() > 2) {
        found.add(new Found(Kind.WORKER_CLASS, t.substring(2), w));
      } else if (t.equals("-c") || t.equals("--config")) {
        if (hasNext) found.add(new Found(Kind.CONFIG, args.get(i + 1).text(), args.get(++i)));
      } else if (t.startsWith("--config=")) {
        found.add(new Found(Kind.CONFIG, t.substring("--config=".length()), w));
      } else if (t.startsWith("-c") && !t.startsWith("--") && t.length() > 2) {
        found.add(new Found(Kind.CONFIG, t.substring(2), w));
      }
    }
    return found;
  }
}
