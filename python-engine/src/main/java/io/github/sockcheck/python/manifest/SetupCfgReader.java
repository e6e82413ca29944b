package io.github.sockcheck.python.manifest;

import io.github.sockcheck.core.facts.RuntimeFact.Evidence;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.python.Facts;
import io.github.sockcheck.python.text.TextFiles;
import java.nio.file.Path;

/**
 * setuptools' {@code setup.cfg} (INI): {@code [options] install_requires} (one requirement per
 * line), {@code python_requires}, {@code [options.extras_require]} (extras named like development
 * groups left out, see {@link DevelopmentGroups}) and {@code [metadata] classifiers}.
 */
public final class SetupCfgReader {

  private SetupCfgReader() {}

  /**
   * @param emit receives dependencies; null to read only the interpreter
   * @param runtimes receives {@code python_requires}; null to skip it
   */
  public static void read(
      Facts out, Path file, RequirementEmitter emit, RuntimeCollector runtimes) {
    String text = out.readOrReport(file, "setup.cfg");
    if (text == null) return;
    String section = "";
    String key = null;
    String[] lines = TextFiles.lines(text);
    String extra = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
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
        String rawKey = line.substring(0, eq).strip();
        key = rawKey.toLowerCase(java.util.Locale.ROOT).replace('-', '_');
        extra = rawKey;
        String rest = line.substring(eq + 1);
        value = rest.strip();
        valueColumn = eq + 2 + (rest.length() - rest.stripLeading().length());
      }
      value = RequirementsTxtReader.stripComment(value).strip();
      if (value.isEmpty()) continue;
      Location at = out.at(file, lineNo, valueColumn, valueColumn + value.length());
      boolean requirements =
          section.equals("options") && key.equals("install_requires")
              || section.equals("options.extras_require")
                  && !DevelopmentGroups.isDevelopment(extra);
      if (requirements && emit != null) {
        String scope = section.equals("options") ? "runtime" : "optional";
        emit.pep508(file, value, at, scope);
      } else if (section.equals("options") && key.equals("python_requires") && runtimes != null) {
        runtimes.constraint(value, at, "python_requires", Evidence.SUPPORTED);
      } else if (section.equals("metadata") && key.equals("classifiers") && runtimes != null) {
        Classifiers.collect(value, at, runtimes);
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
