package io.github.sockcheck.python;

import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.engine.ScanInputs;
import io.github.sockcheck.core.rules.RuleLoader;
import io.github.sockcheck.core.rules.RulePack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Repository paths, the built-in rules, files below a test root and scan contexts for the tests.
 */
final class TestSupport {

  private TestSupport() {}

  static Path repoRoot() {
    String root = System.getProperty("sockcheck.root");
    Path p = root != null ? Path.of(root) : Path.of("..");
    return p.toAbsolutePath().normalize();
  }

  /**
   * The Python rules of the pack (loaded one by one, so a broken rule elsewhere does not stop these
   * tests).
   */
  static final List<String> PYTHON_RULES =
      List.of(
          "gunicorn-gevent-fileno-without-proto",
          "python-socket-fileno-without-proto",
          "gunicorn-socketfromfd-20-0",
          "gunicorn-so-reuseport-19-7",
          "eventlet-listen-so-reuseport",
          "python-asyncio-fd-socket-loses-tcp-nodelay");

  static RulePack rules() throws Exception {
    RuleLoader loader = new RuleLoader();
    List<io.github.sockcheck.core.rules.Rule> rules = new ArrayList<>();
    for (String id : PYTHON_RULES) {
      Path file = repoRoot().resolve("rules").resolve(id + ".yaml");
      rules.add(loader.parse("rules/" + id + ".yaml", Files.readString(file)));
    }
    return new RulePack(rules);
  }

  static ScanContext context(Path root, RulePack rules) {
    return new ScanContext(ScanInputs.builder(root).pythonRoots(List.of(root)).inputs(), rules);
  }

  /** Writes {@code text} to {@code root/path}, creating its directories; returns the file. */
  static Path write(Path root, String path, String text) throws Exception {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  static RecordingSink scan(Path root, RulePack rules) throws Exception {
    RecordingSink sink = new RecordingSink();
    new PythonEngine().run(context(root, rules), sink);
    return sink;
  }
}
