package io.github.sockcheck.python.runtime;

import io.github.sockcheck.core.facts.RuntimeFact.Evidence;
import io.github.sockcheck.python.Facts;
import io.github.sockcheck.python.manifest.RuntimeCollector;
import io.github.sockcheck.python.text.TextFiles;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code .python-version} (pyenv: first version line) and {@code runtime.txt} ({@code
 * python-3.11.4}).
 */
public final class VersionFiles {

  private static final Pattern PYENV =
      Pattern.compile(
          "^(?:cpython-|python-?)?(\\d+(?:\\.\\d+){0,2}(?:(?:a|b|rc)\\d+)?)(?:$|[^\\d.].*)");
  private static final Pattern RUNTIME_TXT = Pattern.compile("^python-(\\d+(?:\\.\\d+){0,2})\\s*$");

  private VersionFiles() {}

  /** pyenv's (and uv's) interpreter pin. */
  public static void pythonVersion(Facts out, Path file, RuntimeCollector runtimes) {
    read(out, file, runtimes, PYENV, ".python-version", Evidence.PIN);
  }

  /** The interpreter platforms such as Heroku install at deploy time. */
  public static void runtimeTxt(Facts out, Path file, RuntimeCollector runtimes) {
    read(out, file, runtimes, RUNTIME_TXT, "runtime.txt", Evidence.DEPLOYMENT);
  }

  private static void read(
      Facts out,
      Path file,
      RuntimeCollector runtimes,
      Pattern pattern,
      String what,
      Evidence evidence) {
    String text = out.readOrReport(file, what);
    if (text == null) return;
    String[] lines = TextFiles.lines(text);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      Matcher m = pattern.matcher(line);
      if (m.matches()) {
        int col = lines[i].indexOf(line) + 1;
        runtimes.version(
            m.group(1), out.at(file, i + 1, col, col + line.length()), what, evidence, null);
      } else if (!line.equals("system") && !line.startsWith("pypy")) {
        out.problem(file, i + 1, "cannot read a Python version from '" + line + "'");
      }
      return; // the first version line wins
    }
  }
}
