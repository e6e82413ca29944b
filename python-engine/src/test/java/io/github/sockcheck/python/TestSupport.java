package io.github.sockcheck.python;

import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.rules.RuleLoader;
import io.github.sockcheck.core.rules.RulePack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Repository paths, the built-in rules, scan contexts and expectation markers for the tests. */
final class TestSupport {

  private static final Pattern MARKER = Pattern.compile("#\\s*expect:\\s*([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)");

  private TestSupport() {}

  static Path repoRoot() {
    String root = System.getProperty("sockcheck.root");
    Path p = root != null ? Path.of(root) : Path.of("..");
    return p.toAbsolutePath().normalize();
  }

  /** The Python rules of the pack (loaded one by one, so a broken rule elsewhere does not stop these tests). */
  static final List<String> PYTHON_RULES = List.of(
      "gunicorn-gevent-fileno-without-proto", "python-socket-fileno-without-proto",
      "gunicorn-socketfromfd-20-0", "gunicorn-so-reuseport-19-7", "eventlet-listen-so-reuseport",
      "python-asyncio-fd-socket-loses-tcp-nodelay");

  /** {@code testdata/rules/<rule>/<case>/} folders of the Python rules that hold a project (no pom.xml). */
  static List<Path> pythonRuleCases() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String id : PYTHON_RULES) {
      Path dir = repoRoot().resolve("testdata/rules").resolve(id);
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(Files::isDirectory).filter(c -> !Files.exists(c.resolve("pom.xml"))).sorted().forEach(out::add);
      }
    }
    return out;
  }

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
    return new ScanContext(root, rules, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(root), null,
        false, 1, List.of(), List.of());
  }

  static RecordingSink scan(Path root, RulePack rules) throws Exception {
    RecordingSink sink = new RecordingSink();
    new PythonEngine().run(context(root, rules), sink);
    return sink;
  }

  /**
   * "path:line rule-id" for every {@code # expect: rule-id} marker under {@code dir} (paths relative to
   * {@code dir}), plus the lines of EXPECTED sidecar files ("file:line rule-id", relative to the sidecar's folder).
   */
  static TreeSet<String> expectations(Path dir) throws IOException {
    TreeSet<String> out = new TreeSet<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    }
    for (Path f : files) {
      String rel = dir.relativize(f).toString().replace('\\', '/');
      List<String> lines = Files.readAllLines(f);
      if (f.getFileName().toString().equals("EXPECTED")) {
        String folder = dir.relativize(f.getParent()).toString().replace('\\', '/');
        for (String l : lines) {
          if (l.isBlank() || l.startsWith("#")) continue;
          out.add((folder.isEmpty() ? "" : folder + "/") + l.strip());
        }
        continue;
      }
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = MARKER.matcher(lines.get(i));
        if (m.find()) {
          for (String id : m.group(1).split(",")) out.add(rel + ":" + (i + 1) + " " + id.strip());
        }
      }
    }
    return out;
  }
}
