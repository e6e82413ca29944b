package io.github.sockcheck.bytecode;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles fixture sources in-process (javax.tools) against the real library jars, with full debug
 * info, so the bytecode engine can run on them. Public in the test-jar for the scan module's rule
 * fixture runner.
 */
public final class FixtureCompiler {

  private FixtureCompiler() {}

  /** All {@code .java} files under {@code dir}, sorted. */
  public static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  /**
   * Compiles {@code sources} into {@code outputDir} (created, emptied first) for Java 17.
   *
   * @throws IllegalStateException with javac's messages when compilation fails
   */
  public static Path compile(List<Path> sources, List<Path> classpath, Path outputDir)
      throws IOException {
    deleteTree(outputDir);
    Files.createDirectories(outputDir);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          new ArrayList<>(
              List.of(
                  "-g", "--release", "17", "-proc:none", "-nowarn", "-d", outputDir.toString()));
      if (!classpath.isEmpty()) {
        options.add("-classpath");
        options.add(
            String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
      }
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();
      if (!ok) {
        StringBuilder message = new StringBuilder("fixture does not compile:");
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
          if (d.getKind() == Diagnostic.Kind.ERROR) {
            message
                .append("\n  ")
                .append(d.getSource() == null ? "" : d.getSource().getName())
                .append(':')
                .append(d.getLineNumber())
                .append(": ")
                .append(d.getMessage(Locale.ROOT));
          }
        }
        throw new IllegalStateException(message.toString());
      }
    }
    return outputDir;
  }

  /** Writes {@code source} as {@code dir/<relative>} and returns the file. */
  public static Path writeSource(Path dir, String relative, String source) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, source, StandardCharsets.UTF_8);
    return file;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
