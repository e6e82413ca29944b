package io.github.sockcheck.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.scan.testing.FixtureLibraries;
import java.io.File;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's key test: every {@code testdata/rules/<id>/} folder run through the real pipeline, the
 * source engine on the {@code .java} files and the bytecode engine on the classes compiled from them
 * against the real library jars, the python engine on the {@code .py} files. The findings must be exactly
 * the {@code expect:} markers (for the engines each rule lists), and source and bytecode must agree.
 */
class FixtureAgreementTest {

  private static final Pattern JAVA_MARKER = Pattern.compile("//\\s*expect:\\s*([a-z0-9][a-z0-9, -]*)\\s*$");
  private static final Pattern PYTHON_MARKER = Pattern.compile("#\\s*expect:\\s*([a-z0-9][a-z0-9, -]*)\\s*$");

  /** (rule id, repository-relative path, line). */
  record Hit(String rule, String path, int line) implements Comparable<Hit> {
    @Override
    public int compareTo(Hit o) {
      int c = path.compareTo(o.path);
      if (c != 0) return c;
      c = Integer.compare(line, o.line);
      return c != 0 ? c : rule.compareTo(o.rule);
    }

    @Override
    public String toString() {
      return path + ":" + line + " " + rule;
    }
  }

  @TempDir Path temp;

  static Path repositoryRoot() {
    return Path.of(System.getProperty("sockcheck.root", "..")).toAbsolutePath().normalize();
  }

  static Stream<String> fixtureFolders() throws IOException {
    Path rules = repositoryRoot().resolve("testdata/rules");
    if (!Files.isDirectory(rules)) return Stream.empty();
    try (Stream<Path> dirs = Files.list(rules)) {
      return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtureFolders")
  void findingsMatchTheMarkers(String folder) throws Exception {
    Path root = repositoryRoot();
    Path dir = root.resolve("testdata/rules").resolve(folder);
    List<Path> javaFiles = files(dir, ".java");
    List<Path> pythonFiles = files(dir, ".py");
    assumeTrue(!javaFiles.isEmpty() || !pythonFiles.isEmpty(), "no fixtures in " + folder);

    Map<String, Rule> rules = new TreeMap<>();
    for (RuleStatus s : Sockcheck.rules(ScanRequest.builder(root).build())) rules.put(s.rule().id(), s.rule());
    assertTrue(rules.containsKey(folder), "no rule " + folder + " for fixture folder testdata/rules/" + folder);

    Set<Hit> markers = new TreeSet<>();
    markers.addAll(markers(root, javaFiles, JAVA_MARKER));
    markers.addAll(markers(root, pythonFiles, PYTHON_MARKER));
    for (Hit h : markers) assertTrue(rules.containsKey(h.rule()), "marker names unknown rule: " + h);
    assertFalse(markers.isEmpty(), "fixture folder " + folder + " has no expect: markers");

    if (!javaFiles.isEmpty()) {
      List<Path> libraries = fixtureLibraries(root);
      Path classes = compile(javaFiles, libraries);

      Set<Hit> source = hits(Sockcheck.scan(base(root).engines("source")
          .addSourceRoot(dir).classpath(libraries).build()));
      Set<Hit> bytecode = hits(Sockcheck.scan(base(root).engines("bytecode")
          .addSourceRoot(dir).addClassRoot(classes).classpath(libraries).build()));

      Set<Hit> expectSource = forEngine(markers, rules, "source", ".java");
      Set<Hit> expectBytecode = forEngine(markers, rules, "bytecode", ".java");
      assertSame("source engine", expectSource, source);
      assertSame("bytecode engine", expectBytecode, bytecode);
      assertSame("source vs bytecode (rules both run)", bothEngines(source, rules), bothEngines(bytecode, rules));
    }
    if (!pythonFiles.isEmpty()) {
      Set<Hit> python = hits(Sockcheck.scan(base(root).engines("python").addPythonRoot(dir).build()));
      assertSame("python engine", forEngine(markers, rules, "python", ".py"), python);
    }
  }

  /** Fails listing what is missing and what is unexpected, rather than two long sets. */
  private static void assertSame(String what, Set<Hit> expected, Set<Hit> actual) {
    Set<Hit> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    Set<Hit> unexpected = new TreeSet<>(actual);
    unexpected.removeAll(expected);
    assertTrue(missing.isEmpty() && unexpected.isEmpty(),
        what + ": missing " + missing + ", unexpected " + unexpected);
  }

  private static ScanRequest.Builder base(Path root) {
    return ScanRequest.builder(root).threads(2);
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static Set<Hit> markers(Path root, List<Path> files, Pattern marker) throws IOException {
    Set<Hit> out = new TreeSet<>();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = marker.matcher(lines.get(i));
        if (!m.find()) continue;
        for (String id : m.group(1).split(",")) {
          if (!id.isBlank()) out.add(new Hit(id.trim(), relative(root, file), i + 1));
        }
      }
    }
    return out;
  }

  private static Set<Hit> forEngine(Set<Hit> markers, Map<String, Rule> rules, String engine, String suffix) {
    Set<Hit> out = new TreeSet<>();
    for (Hit h : markers) {
      if (h.path().endsWith(suffix) && rules.get(h.rule()).runsIn(engine)) out.add(h);
    }
    return out;
  }

  private static Set<Hit> bothEngines(Set<Hit> hits, Map<String, Rule> rules) {
    Set<Hit> out = new TreeSet<>();
    for (Hit h : hits) {
      Rule r = rules.get(h.rule());
      if (r != null && r.runsIn("source") && r.runsIn("bytecode")) out.add(h);
    }
    return out;
  }

  private static Set<Hit> hits(ScanResult result) {
    Set<Hit> out = new TreeSet<>();
    for (Finding f : result.findings()) {
      out.add(new Hit(f.ruleId(), f.location().path(), f.location().startLine()));
    }
    return out;
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  private Path compile(List<Path> javaFiles, List<Path> libraries) throws IOException {
    Path out = Files.createDirectories(temp.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("-g", "-proc:none", "-nowarn", "-d", out.toString(),
        "-cp", String.join(File.pathSeparator, libraries.stream().map(Path::toString).toList())));
    javaFiles.forEach(f -> args.add(f.toString()));
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int rc = javac.run(null, OutputStream.nullOutputStream(), errors, args.toArray(String[]::new));
    assertEquals(0, rc, "fixtures do not compile: " + errors.toString(StandardCharsets.UTF_8));
    return out;
  }

  /** The jars of the test class path that belong to the groups fixture-libs/pom.xml declares. */
  static List<Path> fixtureLibraries(Path root) throws IOException {
    return FixtureLibraries.onClassPath(root);
  }
}
