package io.github.sockcheck.python.gunicorn;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The simple commands in shell words, each with the program it runs and that program's arguments,
 * so that an option is only read as gunicorn's (or pip's) when gunicorn (or pip) is the program:
 * {@code echo gunicorn -k x} and {@code pip install gunicorn -c constraints.txt} run no gunicorn.
 * Understood around the program: environment assignments and wrappers ({@code exec}, {@code env},
 * {@code sudo}, {@code nohup}, {@code gosu}, {@code dumb-init}, {@code ddtrace-run}…), interpreters
 * ({@code python -m gunicorn}, {@code python3.11 -m pip}), runners ({@code poetry run}, {@code uv
 * run}, {@code pipenv run}, {@code uv pip}), and {@code sh -c "…"}, whose script is split again
 * (its words are placed at the script argument).
 */
public final class CommandLines {

  /**
   * One command: the program's name as run ({@code gunicorn}, {@code pip}) and its arguments up to
   * the separator.
   */
  public record Command(String program, ShellWords.Word programWord, List<ShellWords.Word> args) {}

  private static final Pattern ASSIGNMENT =
      Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);
  private static final Pattern PYTHON = Pattern.compile("^(python|pypy)(\\d+(\\.\\d+)?)?$");
  private static final Pattern PIP = Pattern.compile("^pip(\\d+(\\.\\d+)?)?$");
  private static final Set<String> WRAPPERS =
      Set.of(
          "exec",
          "nohup",
          "time",
          "command",
          "builtin",
          "then",
          "do",
          "else",
          "if",
          "while",
          "until",
          "!",
          "--",
          "dumb-init",
          "tini",
          "ddtrace-run",
          "opentelemetry-instrument",
          "catchsegv",
          "stdbuf",
          "nice",
          "ionice",
          "setsid",
          "chronic");
  private static final Set<String> USER_WRAPPERS = Set.of("gosu", "su-exec");
  private static final Set<String> RUNNERS =
      Set.of("poetry", "uv", "pipenv", "pdm", "hatch", "rye");

  /**
   * Options of the runners' {@code run} that take a value ({@code uv run --with gevent gunicorn
   * …}).
   */
  private static final Set<String> RUNNER_OPTIONS_WITH_VALUE =
      Set.of(
          "--with",
          "--with-editable",
          "--with-requirements",
          "--python",
          "-p",
          "--directory",
          "-C",
          "--project",
          "-P",
          "--package",
          "--extra",
          "--group",
          "--only-group",
          "--no-group",
          "--env-file",
          "--index",
          "--default-index",
          "--index-url",
          "--extra-index-url",
          "--find-links",
          "-f");

  private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "zsh", "ash", "ksh");
  private static final int MAX_NESTING = 4;

  private CommandLines() {}

  public static List<Command> of(List<ShellWords.Word> words) {
    List<Command> out = new ArrayList<>();
    collect(words, out, 0);
    return out;
  }

  private static void collect(List<ShellWords.Word> words, List<Command> out, int nesting) {
    int i = 0;
    while (i < words.size()) {
      int end = i;
      while (end < words.size() && !words.get(end).separator()) end++;
      if (end > i) command(words.subList(i, end), out, nesting);
      i = end + 1;
    }
  }

  private static void command(List<ShellWords.Word> words, List<Command> out, int nesting) {
    int i = 0;
    while (i < words.size()) {
      String t = words.get(i).text();
      String name = baseName(t);
      if (ASSIGNMENT.matcher(t).matches() || WRAPPERS.contains(name)) {
        i++;
      } else if (name.equals("env") || name.equals("sudo")) {
        i =
            skipOptions(
                words,
                i + 1,
                name.equals("sudo")
                    ? Set.of("-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U")
                    : Set.of("-u", "-C", "-S"));
      } else if (USER_WRAPPERS.contains(name)) {
        i += 2;
      } else if (name.equals("newrelic-admin")
          && i + 1 < words.size()
          && words.get(i + 1).text().equals("run-program")) {
        i += 2;
      } else {
        break;
      }
    }
    if (i >= words.size()) return;
    ShellWords.Word program = words.get(i);
    String name = baseName(program.text());
    List<ShellWords.Word> rest = words.subList(i + 1, words.size());
    if (PYTHON.matcher(name).matches()) {
      int m = module(rest);
      if (m >= 0 && m + 1 < rest.size()) {
        ShellWords.Word module = rest.get(m + 1);
        out.add(new Command(module.text(), module, rest.subList(m + 2, rest.size())));
      }
      return;
    }
    if (RUNNERS.contains(name) && !rest.isEmpty()) {
      String sub = rest.get(0).text();
      if (name.equals("uv") && sub.equals("pip")) {
        out.add(new Command("pip", rest.get(0), rest.subList(1, rest.size())));
        return;
      }
      if (sub.equals("run")) {
        int j = 1;
        while (j < rest.size() && rest.get(j).text().startsWith("-")) {
          j += RUNNER_OPTIONS_WITH_VALUE.contains(rest.get(j).text()) ? 2 : 1;
        }
        if (j < rest.size()) command(rest.subList(j, rest.size()), out, nesting);
        return;
      }
    }
    if (SHELLS.contains(name) && nesting < MAX_NESTING) {
      for (int j = 0; j + 1 < rest.size(); j++) {
        String opt = rest.get(j).text();
        if (!opt.startsWith("-")) break;
        if (opt.startsWith("-") && !opt.startsWith("--") && opt.indexOf('c') > 0) {
          ShellWords.Word script = rest.get(j + 1);
          List<ShellWords.Word> inner = new ArrayList<>();
          for (ShellWords.Word w : ShellWords.split(script.text())) {
            inner.add(new ShellWords.Word(w.text(), script.start(), script.end(), w.separator()));
          }
          collect(inner, out, nesting + 1);
          return;
        }
      }
    }
    out.add(new Command(PIP.matcher(name).matches() ? "pip" : name, program, rest));
  }

  /** Index of {@code -m} among an interpreter's leading options, or -1. */
  private static int module(List<ShellWords.Word> args) {
    for (int j = 0; j < args.size(); j++) {
      String a = args.get(j).text();
      if (a.equals("-m")) return j;
      if (!a.startsWith("-")) return -1; // a script: not a module run
      if (a.equals("-X") || a.equals("-W")) j++; // options with an argument
    }
    return -1;
  }

  private static int skipOptions(List<ShellWords.Word> words, int from, Set<String> withArgument) {
    int i = from;
    while (i < words.size()) {
      String t = words.get(i).text();
      if (ASSIGNMENT.matcher(t).matches()) {
        i++;
      } else if (t.startsWith("-")) {
        i += withArgument.contains(t) ? 2 : 1;
      } else {
        break;
      }
    }
    return i;
  }

  /** {@code /usr/local/bin/gunicorn} → {@code gunicorn}. */
  static String baseName(String word) {
    int slash = word.lastIndexOf('/');
    return slash >= 0 ? word.substring(slash + 1) : word;
  }
}
