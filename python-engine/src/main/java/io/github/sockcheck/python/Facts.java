package io.github.sockcheck.python;

import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.core.engine.EngineSink;
import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.facts.ConfigFact;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.Ecosystem;
import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.io.FileContents;
import io.github.sockcheck.core.rules.GunicornSettings;
import io.github.sockcheck.python.text.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the Python readers put what they find: builds the core facts with repository-relative
 * locations and the project they belong to, and forwards them to the engine sink.
 */
public final class Facts {

  public static final String ENGINE = EngineId.PYTHON.id();
  public static final String WORKER_CLASS = GunicornSettings.WORKER_CLASS;

  /**
   * A setting that only says "this directory is a Python project", so code in it is matched with
   * its facts.
   */
  public static final String PROJECT = "python.project";

  private final Path root;
  private final EngineSink sink;
  private final boolean quiet;
  private final String project;
  private final FileContents contents;

  public Facts(Path root, EngineSink sink) {
    this(root, sink, FileContents.DISK);
  }

  /**
   * @param contents where files are read (unsaved editor buffers in front of the disk)
   */
  public Facts(Path root, EngineSink sink, FileContents contents) {
    this(root, sink, false, null, contents);
  }

  private Facts(Path root, EngineSink sink, boolean quiet, String project, FileContents contents) {
    this.root = root.toAbsolutePath().normalize();
    this.sink = sink;
    this.quiet = quiet;
    this.project = project;
    this.contents = contents;
  }

  /**
   * The same output without notifications: for a first read of a file that a later pass reads
   * again.
   */
  public Facts quiet() {
    return new Facts(root, sink, true, project, contents);
  }

  /**
   * The same output, with every fact marked as belonging to {@code key} (a directory relative to
   * the root).
   */
  public Facts forProject(String key) {
    return new Facts(root, sink, quiet, key, contents);
  }

  /** Says that the current project exists (even when it has no other fact). */
  public void projectMarker() {
    sink.config(new ConfigFact(PROJECT, project, null, project));
  }

  /** The text of an input file (UTF-8, else ISO-8859-1), as the scan sees it. */
  public String read(Path file) throws IOException {
    return TextFiles.read(contents, file);
  }

  /**
   * The file's text; null after telling the user "cannot read {@code what}: …" (the caller goes on
   * without it).
   */
  public String readOrReport(Path file, String what) {
    try {
      return read(file);
    } catch (IOException e) {
      problem(file, 0, "cannot read " + what + ": " + e.getMessage());
      return null;
    }
  }

  /** The repository-relative path with forward slashes. */
  public String rel(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
  }

  public Location at(Path file, int line, int column, int endColumn) {
    return new Location(rel(file), line, column, line, endColumn);
  }

  /**
   * A PyPI dependency.
   *
   * @param version the exact version (pinned or locked), else null
   * @param constraint the specifier set when several versions are admitted; null when exact or any
   */
  public void dependency(
      String name, String version, String constraint, String scope, Location declaredAt) {
    String shown =
        version != null ? name + "==" + version : constraint != null ? name + constraint : name;
    sink.dependency(
        new Dependency(
            Ecosystem.PYPI.id(),
            name,
            version,
            constraint,
            scope,
            null,
            List.of(shown),
            declaredAt,
            List.of(),
            project));
  }

  /** An interpreter fact of the current project. */
  public RuntimeFact runtime(
      String version,
      String constraint,
      Location declaredAt,
      RuntimeFact.Evidence evidence,
      String source) {
    RuntimeFact fact =
        new RuntimeFact("python", version, constraint, declaredAt, project, evidence, source);
    sink.runtime(fact);
    return fact;
  }

  public void workerClass(String value, Location declaredAt) {
    sink.config(new ConfigFact(WORKER_CLASS, value, declaredAt, project));
  }

  public void callSite(CallSite site) {
    sink.callSite(site);
  }

  public void problem(Location where, String message) {
    if (quiet) return;
    sink.notification(Notification.warning(ENGINE, where, message));
  }

  public void problem(Path file, int line, String message) {
    problem(line > 0 ? Location.line(rel(file), line) : Location.file(rel(file)), message);
  }
}
