package io.github.sockcheck.scan.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.scan.InputClassifier;
import io.github.sockcheck.scan.ScanRequest;
import io.github.sockcheck.scan.ScanResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * The projects the hardening tests scan: {@code testdata/bad/_good} (a Java file and a requirements
 * file with one known finding each, plus the Java file compiled to {@code build/classes}) with a
 * bad case beside it.
 */
final class BadProjects {

  static final String DATAGRAM_RULE = "datagram-channel-no-family-multicast";
  static final String GUNICORN_RULE = "gunicorn-socketfromfd-20-0";
  static final String GOOD_JAVA = "src/main/java/good/GoodMulticast.java";
  static final int GOOD_JAVA_LINE = 11;
  static final String GOOD_REQUIREMENTS = "requirements.txt";
  static final int GOOD_REQUIREMENTS_LINE = 2;

  private BadProjects() {}

  static Path repositoryRoot() {
    return Path.of(System.getProperty("sockcheck.root", "..")).toAbsolutePath().normalize();
  }

  static Path corpus() {
    return repositoryRoot().resolve("testdata/bad");
  }

  /**
   * Copies {@code _good} into {@code project} and compiles its Java file to {@code build/classes}.
   */
  static Path goodProject(Path project) throws IOException {
    copyTree(corpus().resolve("_good"), project);
    compile(project.resolve("build/classes"), project.resolve(GOOD_JAVA));
    return project;
  }

  /** Copies {@code testdata/bad/<name>/} over the project (same relative paths). */
  static void copyCase(String name, Path project) throws IOException {
    copyTree(corpus().resolve(name), project);
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }

  /** Compiles sources with the running JDK's javac (release 17) into {@code out}. */
  static void compile(Path out, Path... sources) throws IOException {
    Files.createDirectories(out);
    List<String> args =
        new ArrayList<>(
            List.of("-g", "-proc:none", "-nowarn", "--release", "17", "-d", out.toString()));
    for (Path s : sources) args.add(s.toString());
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int rc =
        ToolProvider.getSystemJavaCompiler()
            .run(null, OutputStream.nullOutputStream(), errors, args.toArray(String[]::new));
    assertEquals(0, rc, errors.toString(StandardCharsets.UTF_8));
  }

  /** What the CLI does: classify the project directory, scan with every engine. */
  static ScanRequest.Builder request(Path project) throws IOException {
    InputClassifier.Inputs inputs = InputClassifier.classify(List.of(project));
    return inputs.addTo(ScanRequest.builder(project)).threads(2);
  }

  /** The good files' findings are reported, unsuppressed; the Java one by both code engines. */
  static void assertGoodFindings(ScanResult result) {
    Finding java = only(result, DATAGRAM_RULE, GOOD_JAVA, GOOD_JAVA_LINE);
    assertEquals(
        Set.of("source", "bytecode"),
        java.engines(),
        "both code engines must still report the good file: "
            + java
            + "\n"
            + result.notifications());
    only(result, GUNICORN_RULE, GOOD_REQUIREMENTS, GOOD_REQUIREMENTS_LINE);
  }

  /** Exactly one reportable finding of {@code rule} at {@code path:line}. */
  static Finding only(ScanResult result, String rule, String path, int line) {
    List<Finding> hits =
        result.reportable().stream()
            .filter(
                f ->
                    f.ruleId().equals(rule)
                        && f.location().path().equals(path)
                        && f.location().startLine() == line)
            .toList();
    assertTrue(
        hits.size() == 1,
        "expected one "
            + rule
            + " at "
            + path
            + ":"
            + line
            + ", got "
            + hits
            + "\nall findings: "
            + result.findings()
            + "\nnotifications: "
            + result.notifications());
    return hits.get(0);
  }
}
