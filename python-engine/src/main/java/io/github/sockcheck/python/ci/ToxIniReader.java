package io.github.sockcheck.python.ci;

import io.github.sockcheck.python.Facts;
import io.github.sockcheck.python.gunicorn.ShellWords;
import io.github.sockcheck.python.manifest.PipInstall;
import io.github.sockcheck.python.text.TextFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code tox.ini}: the interpreters of {@code [tox] envlist}/{@code env_list} ({@code py38}, {@code
 * py310}, {@code py3.11}, with {@code {a,b}} expansion: {@code py{38,39}-django{3,4}}) and {@code
 * basepython}, and the files {@code deps} installs ({@code -r{toxinidir}/requirements.txt}, {@code
 * -rrequirements.txt}, {@code -c …}).
 */
public final class ToxIniReader {

  private static final Pattern FACTOR = Pattern.compile("^py(?:thon)?(3)\\.?(\\d{1,2})$");
  private static final Pattern BASEPYTHON = Pattern.compile("^python(3\\.\\d{1,2})$");

  private ToxIniReader() {}

  public static List<CiJob> read(Facts out, Path file) {
    String text = out.readOrReport(file, "tox.ini");
    if (text == null) return List.of();
    CiJob job = new CiJob(file);
    Path dir = file.toAbsolutePath().normalize().getParent();
    String[] lines = TextFiles.lines(text);
    String section = "";
    String key = null;
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith(";")) continue;
      String value;
      if (Character.isWhitespace(line.charAt(0)) && key != null) {
        value = trimmed;
      } else if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
        section = trimmed.substring(1, trimmed.length() - 1).strip();
        key = null;
        continue;
      } else {
        int eq = line.indexOf('=');
        if (eq < 0) {
          key = null;
          continue;
        }
        key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        value = line.substring(eq + 1).strip();
      }
      int lineNo = i + 1;
      if (section.equals("tox") && (key.equals("envlist") || key.equals("env_list"))) {
        for (String env : environments(value)) {
          for (String factor : env.split("-")) {
            Matcher m = FACTOR.matcher(factor.strip().toLowerCase(Locale.ROOT));
            String version = m.matches() ? m.group(1) + "." + m.group(2) : null;
            if (version != null && seen.add(version)) {
              job.version(
                  version, out.at(file, lineNo, 1, line.length() + 1), "tox env " + env.strip());
            }
          }
        }
      } else if (section.startsWith("testenv") && key.equals("basepython")) {
        Matcher m = BASEPYTHON.matcher(value);
        if (m.matches())
          job.version(m.group(1), out.at(file, lineNo, 1, line.length() + 1), "tox basepython");
      } else if (section.startsWith("testenv") && key.equals("deps")) {
        String deps = value.replace("{toxinidir}/", "").replace("{toxinidir}", ".");
        PipInstall.Invocation pip = PipInstall.options(ShellWords.split(deps));
        List<List<Path>> files = PipInstall.resolve(pip, List.of(dir));
        if (!files.get(0).isEmpty() || !files.get(1).isEmpty())
          job.pips().add(new CiJob.Pip(files.get(0), files.get(1)));
      }
    }
    return List.of(job);
  }

  /** The environment names of an envlist value: comma- or line-separated, braces expanded. */
  static List<String> environments(String value) {
    Set<String> out = new LinkedHashSet<>();
    for (String part : splitTopLevel(value)) {
      if (!part.isBlank()) out.addAll(expand(part.strip()));
    }
    return new ArrayList<>(out);
  }

  private static List<String> splitTopLevel(String value) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (char c : value.toCharArray()) {
      if (c == '{') depth++;
      if (c == '}') depth = Math.max(0, depth - 1);
      if ((c == ',' || c == '\n') && depth == 0) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }

  private static List<String> expand(String env) {
    int open = env.indexOf('{');
    int close = open < 0 ? -1 : env.indexOf('}', open);
    if (open < 0 || close < 0) return List.of(env);
    List<String> out = new ArrayList<>();
    for (String choice : env.substring(open + 1, close).split(",")) {
      for (String rest : expand(env.substring(close + 1)))
        out.add(env.substring(0, open) + choice.strip() + rest);
    }
    return out;
  }
}
