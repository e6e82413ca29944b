package io.github.sockcheck.testsupport;

import io.github.sockcheck.core.io.SkippedDirectories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One {@code testdata/rules/<rule-id>/} folder. Its parts:
 *
 * <ul>
 *   <li>the <b>Java fixture</b>: the {@code .java} files at the top of the folder, compiled
 *       together;
 *   <li>the <b>Python fixture</b>: the {@code .py} files at the top of the folder;
 *   <li>the <b>cases</b>: every outermost sub-folder, at any depth, that holds a file of its own (a
 *       {@code pom.xml}, Python manifests, deployment files, sources); each is scanned as a project
 *       of its own. Folders that only group cases ({@code python/}, {@code maven/}) hold no files
 *       but a README;
 *   <li>{@link Markers#FINDINGS_FILE}: every finding of all of these, in full.
 * </ul>
 */
public record RuleFolder(String ruleId, Path dir) {

  /** The {@code .java} files at the top of the folder, sorted. */
  public List<Path> javaFiles() {
    return topLevel(".java");
  }

  /** The {@code .py} files at the top of the folder, sorted. */
  public List<Path> pythonFiles() {
    return topLevel(".py");
  }

  /** The case folders, sorted. */
  public List<Path> cases() {
    List<Path> out = new ArrayList<>();
    for (Path sub : list(dir)) {
      if (Files.isDirectory(sub)) collectCases(sub, out);
    }
    return out;
  }

  public Path findingsFile() {
    return dir.resolve(Markers.FINDINGS_FILE);
  }

  /** {@code file}'s path relative to this folder, forward slashes. */
  public String relative(Path file) {
    return Markers.relative(dir, file);
  }

  private static void collectCases(Path folder, List<Path> out) {
    if (SkippedDirectories.skipped(folder)) return;
    List<Path> entries = list(folder);
    boolean holdsFiles =
        entries.stream()
            .anyMatch(p -> Files.isRegularFile(p) && !p.getFileName().toString().endsWith(".md"));
    if (holdsFiles) {
      out.add(folder);
      return;
    }
    for (Path sub : entries) {
      if (Files.isDirectory(sub)) collectCases(sub, out);
    }
  }

  private List<Path> topLevel(String suffix) {
    return list(dir).stream()
        .filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix))
        .toList();
  }

  private static List<Path> list(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
