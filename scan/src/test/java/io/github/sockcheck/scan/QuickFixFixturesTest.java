package io.github.sockcheck.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.python.source.PythonSourceEditor;
import io.github.sockcheck.scan.fix.FixPlan;
import io.github.sockcheck.testsupport.FixtureLibraries;
import io.github.sockcheck.testsupport.RuleFolders;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every quick fix on its fixture ({@code testdata/fixes/}): scan, apply the fixes as {@code
 * sockcheck fix} does, compile the result against the real library jars, scan again: no finding of
 * the rule is left, and a second fix changes nothing.
 */
class QuickFixFixturesTest {

  private static final String LOCAL_REPOSITORY = "local-repository";

  @TempDir Path temp;

  /** "rule" or "rule/variant": a folder with a project, or with one project per sub-folder. */
  static Stream<String> fixtures() throws IOException {
    Path fixes = RuleFolders.repositoryRoot().resolve("testdata/fixes");
    List<String> out = new ArrayList<>();
    try (Stream<Path> rules = Files.list(fixes)) {
      for (Path rule : rules.filter(Files::isDirectory).sorted().toList()) {
        List<Path> variants;
        try (Stream<Path> s = Files.list(rule)) {
          variants =
              s.filter(Files::isDirectory)
                  .filter(d -> !d.getFileName().toString().equals(LOCAL_REPOSITORY))
                  .filter(d -> Files.exists(d.resolve("pom.xml")))
                  .sorted()
                  .toList();
        }
        if (variants.isEmpty() || Files.exists(rule.resolve("pom.xml")))
          out.add(rule.getFileName().toString());
        else variants.forEach(v -> out.add(rule.getFileName() + "/" + v.getFileName()));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixApplyCompileAndRescan(String fixture) throws Exception {
    Path repo = RuleFolders.repositoryRoot();
    String rule = fixture.contains("/") ? fixture.substring(0, fixture.indexOf('/')) : fixture;
    Path source = repo.resolve("testdata/fixes").resolve(fixture);
    Path project = copy(source, temp.resolve("project"));
    Path localRepository = repo.resolve("testdata/fixes").resolve(rule).resolve(LOCAL_REPOSITORY);
    List<Path> libraries = FixtureLibraries.jars();

    ScanResult before = scan(project, libraries, localRepository);
    List<Finding> found = of(before, rule);
    assertFalse(found.isEmpty(), "the fixture has no finding of " + rule);
    for (Finding f : found)
      assertFalse(f.fixes().isEmpty(), "no quick fix for " + f.location() + ": " + f.message());
    assertTrue(before.sarif(null).contains("\"fixes\""), "SARIF carries the fixes");

    FixPlan plan = FixPlan.of(before);
    assertEquals(found.size(), plan.fixedFindings(), plan.diff());
    assertTrue(plan.diff().startsWith("--- a/"), plan.diff());
    assertEquals(List.of(), plan.write());

    compileJava(project, libraries);
    checkPython(project);

    ScanResult after = scan(project, libraries, localRepository);
    assertEquals(List.of(), of(after, rule).stream().map(Finding::location).toList(), plan.diff());
    assertEquals(List.of(), FixPlan.of(after).changes(), "a second fix changes nothing");
  }

  private static List<Finding> of(ScanResult result, String rule) {
    return result.reportable().stream().filter(f -> f.ruleId().equals(rule)).toList();
  }

  /**
   * The project as `sockcheck scan PROJECT --classpath <fixture jars>` scans it; BOMs from {@code
   * localRepository}.
   */
  static ScanResult scan(Path project, List<Path> libraries, Path localRepository)
      throws Exception {
    String previous = System.getProperty("maven.repo.local");
    if (Files.isDirectory(localRepository))
      System.setProperty("maven.repo.local", localRepository.toString());
    try {
      InputClassifier.Inputs inputs = InputClassifier.classify(List.of(project));
      return Sockcheck.scan(
          inputs.addTo(ScanRequest.builder(project)).classpath(libraries).threads(2).build());
    } finally {
      if (previous == null) System.clearProperty("maven.repo.local");
      else System.setProperty("maven.repo.local", previous);
    }
  }

  private void compileJava(Path project, List<Path> libraries) throws IOException {
    List<String> files;
    try (Stream<Path> s = Files.walk(project)) {
      files = s.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
    }
    if (files.isEmpty()) return;
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args =
        new ArrayList<>(
            List.of(
                "-proc:none",
                "-nowarn",
                "--release",
                "17",
                "-d",
                Files.createDirectories(temp.resolve("classes")).toString(),
                "-cp",
                String.join(File.pathSeparator, libraries.stream().map(Path::toString).toList())));
    args.addAll(files);
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int rc = javac.run(null, OutputStream.nullOutputStream(), errors, args.toArray(String[]::new));
    assertEquals(
        0, rc, "the fixed sources do not compile: " + errors.toString(StandardCharsets.UTF_8));
  }

  /** Python sources still tokenize; where a python3 is installed, they also byte-compile. */
  private static void checkPython(Path project) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.walk(project)) {
      files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
    for (Path f : files) {
      assertTrue(new PythonSourceEditor().parses(Files.readString(f)), f + " no longer tokenizes");
      Process p;
      try {
        p =
            new ProcessBuilder("python3", "-m", "py_compile", f.toString())
                .redirectErrorStream(true)
                .start();
      } catch (IOException noPython) {
        continue;
      }
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertEquals(
          0,
          p.exitValue(),
          f
              + " does not compile: "
              + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
    return to;
  }
}
