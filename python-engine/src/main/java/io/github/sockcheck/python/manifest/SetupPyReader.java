package io.github.sockcheck.python.manifest;

import io.github.sockcheck.core.facts.RuntimeFact.Evidence;
import io.github.sockcheck.python.Facts;
import io.github.sockcheck.python.source.PyToken;
import io.github.sockcheck.python.source.PyTokenizer;
import java.nio.file.Path;
import java.util.List;

/**
 * setuptools' {@code setup.py}, read with the Python tokenizer (never run): the literal keyword
 * arguments {@code python_requires="..."} and {@code install_requires=[...]}, and the classifier
 * strings naming a Python version. Values computed at run time (a variable, a file read) are not
 * known and not reported.
 */
public final class SetupPyReader {

  private SetupPyReader() {}

  /**
   * @param emit receives {@code install_requires}; null to read only the interpreter
   * @param runtimes receives {@code python_requires} and classifiers; null to skip them
   */
  public static void read(
      Facts out, Path file, RequirementEmitter emit, RuntimeCollector runtimes) {
    String text = out.readOrReport(file, "setup.py");
    if (text == null) return;
    List<PyToken> tokens = PyTokenizer.tokenize(text).tokens();
    for (int i = 0; i < tokens.size(); i++) {
      PyToken t = tokens.get(i);
      boolean keyword =
          i + 2 < tokens.size() && tokens.get(i + 1).isOp("=") && t.type() == PyToken.Type.NAME;
      if (keyword
          && t.text().equals("python_requires")
          && runtimes != null
          && isString(tokens.get(i + 2))) {
        PyToken v = tokens.get(i + 2);
        runtimes.constraint(
            v.value(),
            out.at(file, v.line(), v.column(), v.endColumn()),
            "python_requires",
            Evidence.SUPPORTED);
      } else if (keyword
          && t.text().equals("install_requires")
          && emit != null
          && tokens.get(i + 2).isOp("[")) {
        for (int j = i + 3; j < tokens.size() && !tokens.get(j).isOp("]"); j++) {
          PyToken v = tokens.get(j);
          if (isString(v))
            emit.pep508(
                file, v.value(), out.at(file, v.line(), v.column(), v.endColumn()), "runtime");
        }
      } else if (runtimes != null && isString(t) && Classifiers.version(t.value()) != null) {
        Classifiers.collect(t.value(), out.at(file, t.line(), t.column(), t.endColumn()), runtimes);
      }
    }
  }

  private static boolean isString(PyToken t) {
    return t.type() == PyToken.Type.STRING && t.value() != null;
  }
}
