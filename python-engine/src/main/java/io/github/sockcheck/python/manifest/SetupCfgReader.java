package io.github.sockcheck.python.manifest;

import io.github.sockcheck.python.Facts;
import java.io.IOException;
import java.nio.file.Path;

/**
 * setuptools' {@code setup.cfg} (INI): {@code [options] install_requires} (one requirement per
 * line), {@code python_requires}, and
 * {@code [options.extras_require]}.
 */
public final class SetupCfgReader {

  private SetupCfgReader() {}

  /**
   * @param emit receives dependencies; null to read only the interpreter
   * @param runtimes receives {@code python_requires}; null to skip it
   */
  public static void read(Facts out, Path file, RequirementEmitter emit, RuntimeCollector runtimes) {
    String text;
    try {
      text = out.read(file);
    } catch (IOException e) {
      out.problem(file, 0, "cannot read: " + e.getMessage());
      return;
    }
    String section = "";
    String key = null;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].replace("\r", "");
      int lineNo = i + 1;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith(";")) continue;
      boolean continuation = Character.isWhitespace(line.charAt(0));
      if (!continuation && trimmed.startsWith("[") && trimmed.endsWith("]")) {
        section = trimmed.substring(1, trimmed.length() - 1).strip();
        key = null;
        continue;
      }
      String value;
      int valueColumn;
      if (continuation && key != null) {
        value = trimmed;
        valueColumn = line.indexOf(trimmed) + 1;
      } else {
        int eq = indexOfSeparator(line);
        if (eq < 0) {
          out.problem(file, lineNo, "cannot parse setup.cfg line '" + trimmed + "'");
          key = null;
          continue;
        }
        key = line.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
        String rest = line.substring(eq + 1);
        value = rest.strip();
        valueColumn = eq + 2 + (rest.length() - rest.stripLeading().length());
      }
      value = RequirementsTxtReader.stripComment(value).strip();
      if (value.isEmpty()) continue;
      boolean requirements = section.equals("options") && key.equals("install_requires")
          || section.equals("options.extras_require");
      if (requirements && emit != null) {
        String scope = section.equals("options") ? "runtime" : "optional";
        emit.pep508(file, value, out.at(file, lineNo, valueColumn, valueColumn + value.length()), scope);
      } else if (section.equals("options") && key.equals("python_requires") && runtimes != null) {
        runtimes.constraint(value, out.at(file, lineNo, valueColumn, valueColumn + value.length()), "python_requires");
      }
    }
  }

  private static int indexOfSeparator(String line) {
    int eq = line.indexOf('=');
    int colon = line.indexOf(':');
    if (eq < 0) return colon;
    if (colon < 0) return eq;
    return Math.min(eq, colon);
  }
}
