package io.github.sockcheck.eval;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.scan.ConfigurationException;
import io.github.sockcheck.scan.EngineNames;
import io.github.sockcheck.scan.ScanRequest;
import io.github.sockcheck.scan.ScanResult;
import io.github.sockcheck.scan.Sockcheck;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs one engine on one materialised project. The layout is eval/rebuild's: {@code
 * <work>/<project>/tree/} (the sources), {@code binary.jar} (Maven projects), {@code classpath.txt}
 * (entries separated by the path separator) and {@code stamp} ({@link Project#stamp()}).
 */
public final class CorpusScan {

  /** The engine's findings in the project, or why it was not scanned. */
  public record Result(List<Hit> hits, List<String> problems, String skipped) {}

  private final Path work;
  private final int threads;

  public CorpusScan(Path work, int threads) {
    this.work = work;
    this.threads = threads;
  }

  public Path tree(Project project) {
    return work.resolve(project.id()).resolve("tree");
  }

  /** Why {@code project} cannot be scanned by {@code engine}, or null when it can. */
  public String unavailable(Project project, String engine) throws IOException {
    if (!project.engines().contains(engine))
      return "GitHub-only: no binary jar for the bytecode engine";
    Path dir = work.resolve(project.id());
    Path stamp = dir.resolve("stamp");
    if (!Files.isRegularFile(stamp)) return "not materialised (run eval/rebuild)";
    if (!Files.readString(stamp).strip().equals(project.stamp()))
      return "materialised for other coordinates (run eval/rebuild)";
    if (engine.equals(Engines.BYTECODE) && !Files.isRegularFile(dir.resolve("binary.jar")))
      return "binary.jar missing";
    return null;
  }

  public Result run(Project project, String engine) throws IOException, ConfigurationException {
    String why = unavailable(project, engine);
    if (why != null) return new Result(List.of(), List.of(), why);
    Path dir = work.resolve(project.id());
    Path tree = tree(project);
    Path binary = dir.resolve("binary.jar");
    List<Path> classpath = classpath(dir.resolve("classpath.txt"));
    ScanRequest.Builder request =
        ScanRequest.builder(tree).engines(EngineNames.parse(List.of(engine))).threads(threads);
    if (engine.equals(Engines.SOURCE)) {
      if (project.scan().isEmpty()) request.addSourceRoot(tree);
      project.scan().forEach(p -> request.addSourceRoot(tree.resolve(p)));
      request.classpath(classpath);
    } else {
      request.addClassRoot(binary).addSourceRoot(tree);
      request.classpath(
          classpath.stream()
              .filter(
                  p -> !p.toAbsolutePath().normalize().equals(binary.toAbsolutePath().normalize()))
              .toList());
    }
    return collect(project.id(), Sockcheck.scan(request.build()));
  }

  /**
   * The unsuppressed findings of a scan as hits of {@code projectId}, plus its error notifications.
   */
  public static Result collect(String projectId, ScanResult result) {
    List<Hit> hits = new ArrayList<>();
    for (Finding f : result.findings()) {
      if (f.suppressed()) continue;
      hits.add(
          new Hit(
              projectId, f.ruleId(), f.location().path(), f.location().startLine(), f.message()));
    }
    List<String> problems = new ArrayList<>();
    for (Notification n : result.notifications()) {
      problems.add(
          n.level() + " " + (n.location() == null ? "" : n.location().path() + ": ") + n.message());
    }
    return new Result(hits, problems, null);
  }

  private static List<Path> classpath(Path file) throws IOException {
    if (!Files.isRegularFile(file)) return List.of();
    String text = Files.readString(file).strip();
    if (text.isEmpty()) return List.of();
    // Maven lists pom-type dependencies too; only jars and directories hold classes.
    return Arrays.stream(text.split("[" + File.pathSeparator + "\\n]+"))
        .filter(s -> !s.isBlank())
        .filter(s -> !s.endsWith(".pom"))
        .map(Path::of)
        .toList();
  }
}
