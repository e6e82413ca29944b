package io.github.sockcheck.python.manifest;

import io.github.sockcheck.python.gunicorn.CommandLines;
import io.github.sockcheck.python.gunicorn.ShellWords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The requirement and constraint files a {@code pip install} command names ({@code -r FILE}, {@code
 * -rFILE}, {@code --requirement FILE}, {@code --requirement=FILE}, and the same for {@code
 * -c}/{@code --constraint}), in Dockerfile {@code RUN} lines, shell scripts, CI steps and tox
 * {@code deps}: the files pip reads, whatever their names.
 */
public final class PipInstall {

  /** One invocation: what it requires and what it constrains, as written. */
  public record Invocation(List<ShellWords.Word> requirements, List<ShellWords.Word> constraints) {}

  private PipInstall() {}

  /** Every {@code pip install} in {@code words} that names a file. */
  public static List<Invocation> inCommands(List<ShellWords.Word> words) {
    List<Invocation> out = new ArrayList<>();
    for (CommandLines.Command c : CommandLines.of(words)) {
      if (!c.program().equals("pip")
          || c.args().isEmpty()
          || !c.args().get(0).text().equals("install")) continue;
      Invocation named = options(c.args().subList(1, c.args().size()));
      if (!named.requirements().isEmpty() || !named.constraints().isEmpty()) out.add(named);
    }
    return out;
  }

  /**
   * The files an invocation names that exist, looked up in {@code bases} in order: a relative path
   * against each base; an absolute one ({@code /app/requirements.txt}, a path inside a container)
   * as relative to a base, then with its first directory dropped (the project mounted or copied at
   * {@code /app}).
   */
  public static List<List<Path>> resolve(Invocation invocation, List<Path> bases) {
    return List.of(
        existing(invocation.requirements(), bases), existing(invocation.constraints(), bases));
  }

  private static List<Path> existing(List<ShellWords.Word> words, List<Path> bases) {
    List<Path> out = new ArrayList<>();
    for (ShellWords.Word w : words) {
      String path = w.text();
      if (path.contains("://") || path.contains("$")) continue;
      List<String> candidates = new ArrayList<>();
      if (path.startsWith("/")) {
        String relative = path.replaceFirst("^/+", "");
        candidates.add(relative);
        int slash = relative.indexOf('/');
        if (slash > 0) candidates.add(relative.substring(slash + 1));
      } else {
        candidates.add(path);
      }
      found:
      for (String candidate : candidates) {
        for (Path base : bases) {
          Path p = base.resolve(candidate).normalize();
          if (Files.isRegularFile(p)) {
            out.add(p);
            break found;
          }
        }
      }
    }
    return out;
  }

  /**
   * The {@code -r}/{@code -c} options among {@code args} (pip's options alone, as in tox {@code
   * deps}).
   */
  public static Invocation options(List<ShellWords.Word> args) {
    List<ShellWords.Word> requirements = new ArrayList<>();
    List<ShellWords.Word> constraints = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      ShellWords.Word w = args.get(i);
      String t = w.text();
      boolean hasNext = i + 1 < args.size();
      for (String[] flag : new String[][] {{"-r", "--requirement"}, {"-c", "--constraint"}}) {
        List<ShellWords.Word> into = flag[0].equals("-r") ? requirements : constraints;
        if ((t.equals(flag[0]) || t.equals(flag[1])) && hasNext) {
          ShellWords.Word v = args.get(++i);
          into.add(new ShellWords.Word(v.text(), v.start(), v.end(), false));
        } else if (t.startsWith(flag[1] + "=")) {
          into.add(
              new ShellWords.Word(t.substring(flag[1].length() + 1), w.start(), w.end(), false));
        } else if (t.startsWith(flag[0]) && !t.startsWith("--") && t.length() > 2) {
          into.add(new ShellWords.Word(t.substring(2), w.start(), w.end(), false));
        }
      }
    }
    return new Invocation(requirements, constraints);
  }
}
