package io.github.sockcheck.python.runtime;

import io.github.sockcheck.python.gunicorn.CommandLines;
import io.github.sockcheck.python.gunicorn.ShellWords;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An interpreter installed by a command, the way distribution images get theirs: {@code apt-get
 * install python3.9} (deadsnakes and Debian/Ubuntu packages), {@code dnf install python3.11} /
 * {@code yum install python39}, {@code pyenv install 3.11.4}, {@code uv python install 3.12},
 * {@code conda install python=3.10}. A bare {@code python3} package names no version (the
 * distribution decides) and is not reported.
 */
public final class PythonInstalls {

  /** The version installed and the word that names it. */
  public record Found(String version, ShellWords.Word word, String command) {}

  private static final Set<String> PACKAGE_MANAGERS =
      Set.of("apt-get", "apt", "yum", "dnf", "microdnf", "zypper", "apk");
  private static final Pattern DOTTED = Pattern.compile("^python(3\\.\\d{1,2})(?:$|[-.][a-z].*)");
  private static final Pattern COMPACT = Pattern.compile("^python3(\\d{1,2})(?:$|-[a-z].*)");
  private static final Pattern VERSION =
      Pattern.compile("^(3\\.\\d{1,2}(?:\\.\\d+)?)(?:$|\\.\\*$)");
  private static final Pattern CONDA =
      Pattern.compile("^python={1,2}(3\\.\\d{1,2}(?:\\.\\d+)?)(?:\\.\\*)?$");

  private PythonInstalls() {}

  /** The last interpreter the words install, or null. */
  public static Found find(List<ShellWords.Word> words) {
    Found found = null;
    for (CommandLines.Command c : CommandLines.of(words)) {
      List<ShellWords.Word> args = c.args();
      if (args.isEmpty()) continue;
      String verb = args.get(0).text();
      String program = c.program();
      if (PACKAGE_MANAGERS.contains(program) && (verb.equals("install") || verb.equals("add"))) {
        Found inCommand =
            null; // the interpreter package itself rather than its -venv/-dev companions
        for (ShellWords.Word w : args.subList(1, args.size())) {
          Matcher dotted = DOTTED.matcher(w.text());
          Matcher compact = COMPACT.matcher(w.text());
          String version =
              dotted.matches()
                  ? dotted.group(1)
                  : compact.matches() ? "3." + compact.group(1) : null;
          if (version == null) continue;
          boolean exact =
              !w.text().contains("-") && w.text().indexOf('.') == w.text().lastIndexOf('.');
          if (inCommand == null || exact && inCommand.word().text().contains("-")) {
            inCommand = new Found(version, w, program + " " + verb + " " + w.text());
          }
        }
        if (inCommand != null) found = inCommand;
      } else if (program.equals("pyenv") && (verb.equals("install") || verb.equals("global"))
          || program.equals("uv")
              && verb.equals("python")
              && args.size() > 1
              && args.get(1).text().equals("install")) {
        for (ShellWords.Word w : args) {
          Matcher v = VERSION.matcher(w.text());
          if (v.matches()) {
            found =
                new Found(
                    v.group(1),
                    w,
                    program
                        + " "
                        + String.join(
                            " ",
                            args.subList(0, args.indexOf(w) + 1).stream()
                                .map(ShellWords.Word::text)
                                .toList()));
            break;
          }
        }
      } else if ((program.equals("conda")
              || program.equals("mamba")
              || program.equals("micromamba"))
          && (verb.equals("install") || verb.equals("create"))) {
        for (ShellWords.Word w : args) {
          Matcher v = CONDA.matcher(w.text());
          if (v.matches()) found = new Found(v.group(1), w, program + " " + verb + " " + w.text());
        }
      }
    }
    return found;
  }
}
