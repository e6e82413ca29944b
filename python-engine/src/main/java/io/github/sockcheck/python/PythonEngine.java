package io.github.sockcheck.python;

import io.github.sockcheck.core.engine.Engine;
import io.github.sockcheck.core.engine.EngineSink;
import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.python.ProjectFiles.Kind;
import io.github.sockcheck.python.gunicorn.ComposeReader;
import io.github.sockcheck.python.gunicorn.GunicornConfReader;
import io.github.sockcheck.python.gunicorn.ProcfileReader;
import io.github.sockcheck.python.gunicorn.WorkerFinder;
import io.github.sockcheck.python.manifest.LockTomlReader;
import io.github.sockcheck.python.manifest.MarkerEvaluator;
import io.github.sockcheck.python.manifest.PipfileLockReader;
import io.github.sockcheck.python.manifest.PipfileReader;
import io.github.sockcheck.python.manifest.PyprojectReader;
import io.github.sockcheck.python.manifest.RequirementEmitter;
import io.github.sockcheck.python.manifest.RequirementsTxtReader;
import io.github.sockcheck.python.manifest.RuntimeCollector;
import io.github.sockcheck.python.manifest.SetupCfgReader;
import io.github.sockcheck.python.runtime.DockerfileReader;
import io.github.sockcheck.python.runtime.VersionFiles;
import io.github.sockcheck.python.source.PythonSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Python engine (id {@code python}). Three passes over the project's Python files:
 * <ol>
 *   <li>interpreter version ({@code .python-version}, {@code runtime.txt}, Dockerfile {@code FROM python:…},
 *       {@code requires-python}, Poetry {@code python}, Pipfile {@code python_version}, lock files);</li>
 *   <li>dependencies from every manifest and lock file (environment markers evaluated against the
 *       interpreter found in pass 1);</li>
 *   <li>gunicorn worker classes (config files, Procfile, Dockerfile, compose, shell scripts,
 *       {@code GUNICORN_CMD_ARGS}) and call sites in {@code .py} files.</li>
 * </ol>
 * A file that cannot be read or parsed gives a notification; the scan goes on.
 */
public final class PythonEngine implements Engine {

  @Override
  public String id() {
    return Facts.ENGINE;
  }

  @Override
  public void run(ScanContext context, EngineSink sink) throws InterruptedException {
    Facts out = new Facts(context.root(), sink, context.contents());
    ProjectFiles files;
    try {
      files = ProjectFiles.collect(context.root(), context.buildFiles(), context.pythonRoots(), context.includes(),
          context.excludes());
    } catch (IOException e) {
      sink.notification(Notification.error(Facts.ENGINE, null, "cannot list Python files: " + e.getMessage()));
      return;
    }

    for (Path f : files.notRegular()) {
      String why = !Files.exists(f) ? "file not found" : Files.isDirectory(f) ? "a directory, not a file"
          : "not a regular file (a FIFO, socket or device), not read";
      out.problem(f, 0, why);
    }

    RuntimeCollector runtimes = new RuntimeCollector(out);
    Facts quiet = out.quiet(); // manifests read again in pass 2 report their problems there
    for (Path f : files.of(Kind.PYTHON_VERSION)) guarded(out, f, () -> VersionFiles.pythonVersion(out, f, runtimes));
    for (Path f : files.of(Kind.RUNTIME_TXT)) guarded(out, f, () -> VersionFiles.runtimeTxt(out, f, runtimes));
    for (Path f : files.of(Kind.DOCKERFILE)) guarded(out, f, () -> DockerfileReader.read(out, f, runtimes, null));
    for (Path f : files.of(Kind.PYPROJECT)) guarded(out, f, () -> PyprojectReader.readRuntime(quiet, f, runtimes));
    for (Path f : files.of(Kind.PIPFILE)) guarded(out, f, () -> PipfileReader.readRuntime(quiet, f, runtimes));
    for (Path f : files.of(Kind.PIPFILE_LOCK)) guarded(out, f, () -> PipfileLockReader.read(quiet, f, null, runtimes));
    for (Path f : files.of(Kind.LOCK_TOML)) guarded(out, f, () -> LockTomlReader.readRuntime(quiet, f, runtimes));
    for (Path f : files.of(Kind.SETUP_CFG)) guarded(out, f, () -> SetupCfgReader.read(quiet, f, null, runtimes));
    checkInterrupt();

    RequirementEmitter emit = new RequirementEmitter(out, new MarkerEvaluator(runtimes.exactVersion()));
    Set<Path> requirementsRead = new HashSet<>();
    RequirementsTxtReader requirements = new RequirementsTxtReader(out, markers(runtimes), requirementsRead);
    for (Path f : files.of(Kind.REQUIREMENTS_TXT)) guarded(out, f, () -> requirements.read(f));
    for (Path f : files.of(Kind.PYPROJECT)) guarded(out, f, () -> new PyprojectReader(emit).read(f));
    for (Path f : files.of(Kind.PIPFILE)) guarded(out, f, () -> new PipfileReader(emit).read(f));
    for (Path f : files.of(Kind.PIPFILE_LOCK)) guarded(out, f, () -> PipfileLockReader.read(out, f, emit, null));
    for (Path f : files.of(Kind.LOCK_TOML)) guarded(out, f, () -> new LockTomlReader(emit).read(f));
    for (Path f : files.of(Kind.SETUP_CFG)) guarded(out, f, () -> SetupCfgReader.read(out, f, emit, null));
    checkInterrupt();

    WorkerFinder workers = new WorkerFinder(out);
    for (Path f : files.of(Kind.PROCFILE)) guarded(out, f, () -> ProcfileReader.procfile(out, f, workers));
    for (Path f : files.of(Kind.SHELL)) guarded(out, f, () -> ProcfileReader.shellScript(out, f, workers));
    for (Path f : files.of(Kind.DOTENV)) guarded(out, f, () -> ProcfileReader.shellScript(out, f, workers));
    for (Path f : files.of(Kind.DOCKERFILE)) guarded(out, f, () -> DockerfileReader.read(out, f, null, workers));
    for (Path f : files.of(Kind.COMPOSE)) guarded(out, f, () -> ComposeReader.read(out, f, workers));
    Set<Path> confs = new LinkedHashSet<>(files.of(Kind.GUNICORN_CONF));
    for (WorkerFinder.ConfigRef ref : workers.configs()) {
      Path conf = resolveConfig(context.root(), ref);
      if (conf != null) confs.add(conf);
    }
    for (Path f : confs) guarded(out, f, () -> GunicornConfReader.read(out, f, workers));
    checkInterrupt();

    PythonSources sources = new PythonSources(out, context.rules());
    if (!sources.idle()) {
      int done = 0;
      int total = files.of(Kind.PYTHON_SOURCE).size();
      for (Path f : files.of(Kind.PYTHON_SOURCE)) {
        checkInterrupt();
        guarded(out, f, () -> sources.scan(f));
        sink.progress(Facts.ENGINE, ++done, total);
      }
    }
  }

  private static MarkerEvaluator markers(RuntimeCollector runtimes) {
    return new MarkerEvaluator(runtimes.exactVersion());
  }

  /** A {@code -c} value: a file next to the file that names it, or under the root; {@code python:module} is skipped. */
  private static Path resolveConfig(Path root, WorkerFinder.ConfigRef ref) {
    String value = ref.value();
    if (value.startsWith("python:")) return null;
    if (value.startsWith("file:")) value = value.substring("file:".length());
    Path parent = ref.namedIn().getParent();
    for (Path base : new Path[] {parent, root}) {
      if (base == null) continue;
      Path candidate = base.resolve(value.startsWith("/") ? value.substring(1) : value).normalize();
      if (Files.isRegularFile(candidate)) return candidate.toAbsolutePath().normalize();
    }
    Path leaf = Path.of(value).getFileName();
    if (leaf != null && Files.isRegularFile(root.resolve(leaf))) return root.resolve(leaf).toAbsolutePath().normalize();
    return null;
  }

  /** Runs one file's reader; an unexpected exception becomes a notification for that file. */
  private static void guarded(Facts out, Path file, Runnable reader) {
    try {
      reader.run();
    } catch (RuntimeException | StackOverflowError e) {
      out.problem(Location.file(out.rel(file)), "internal error while reading: " + e);
    }
  }

  private static void checkInterrupt() throws InterruptedException {
    if (Thread.currentThread().isInterrupted()) throw new InterruptedException();
  }
}
