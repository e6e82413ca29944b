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
      "gunicorn-socketfromfd-20-0", "gunicorn-so-reuseport-19-7");

  static RulePack rules() throws Exception {
    RuleLoader loader = new RuleLoader();
    List<io.github.sockcheck.core.rules.Rule> rules = new ArrayList<>();
    for (String id : PYTHON_RULES) {
      Path file = repoRoot().resolve("rules").resolve(id + ".yaml");
      rules.add(loader.parse("rules/" + id + ".yaml", Files.readString(file)));
    }
    return new RulePack(rules);
  }

  /**
   * The Python project scenarios: {@code testdata/python/<case>/} and the project cases of rule folders,
   * {@code testdata/rules/<rule-id>/<case>/} (a case is a sub-folder; the rule folder itself holds call-rule
   * fixtures). One list, so the tests can be pointed at the shared fixture runner in one place.
   */
  static List<Path> scenarios() throws IOException {
    List<Path> cases = new ArrayList<>();
    try (Stream<Path> s = Files.list(repoRoot().resolve("testdata/python"))) {
      s.filter(Files::isDirectory).forEach(cases::add);
    }
    try (Stream<Path> rules = Files.list(repoRoot().resolve("testdata/rules"))) {
      for (Path rule : rules.filter(Files::isDirectory).toList()) {
        try (Stream<Path> s = Files.list(rule)) {
          s.filter(Files::isDirectory).forEach(cases::add);
        }
      }
    }
    cases.sort(null);
    return cases;
  }

  /** A readable name for a scenario: its path under testdata/. */
  static String name(Path scenario) {
    return repoRoot().resolve("testdata").relativize(scenario).toString().replace('\\', '/');
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
