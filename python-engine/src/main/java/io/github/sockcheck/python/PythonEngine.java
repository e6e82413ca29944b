package io.github.sockcheck.python;

import io.github.sockcheck.core.engine.Engine;
import io.github.sockcheck.core.engine.EngineSink;
import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.python.ProjectFiles.Kind;
import io.github.sockcheck.python.ci.CiJob;
import io.github.sockcheck.python.ci.GithubWorkflowReader;
import io.github.sockcheck.python.ci.GitlabAndCircleCiReader;
import io.github.sockcheck.python.ci.ToxIniReader;
import io.github.sockcheck.python.gunicorn.ComposeReader;
import io.github.sockcheck.python.gunicorn.GunicornConfReader;
import io.github.sockcheck.python.gunicorn.ProcfileReader;
import io.github.sockcheck.python.gunicorn.ShellWords;
import io.github.sockcheck.python.gunicorn.WorkerFinder;
import io.github.sockcheck.python.manifest.LockTomlReader;
import io.github.sockcheck.python.manifest.MarkerEvaluator;
import io.github.sockcheck.python.manifest.PipInstall;
import io.github.sockcheck.python.manifest.PipfileLockReader;
import io.github.sockcheck.python.manifest.PipfileReader;
import io.github.sockcheck.python.manifest.PyprojectReader;
import io.github.sockcheck.python.manifest.RequirementEmitter;
import io.github.sockcheck.python.manifest.RequirementsTxtReader;
import io.github.sockcheck.python.manifest.RuntimeCollector;
import io.github.sockcheck.python.manifest.SetupCfgReader;
import io.github.sockcheck.python.manifest.SetupPyReader;
import io.github.sockcheck.python.project.PythonProjects;
import io.github.sockcheck.python.runtime.Dockerfile;
import io.github.sockcheck.python.runtime.DockerfileReader;
import io.github.sockcheck.python.runtime.VersionFiles;
import io.github.sockcheck.python.source.PythonSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The Python engine (id {@code python}). It reads each Python project as it is deployed, on its
 * own:
 *
 * <ol>
 *   <li>deployment and CI files are parsed once: compose services, Dockerfile stages, CI jobs, tox,
 *       scripts;
 *   <li>the projects are found ({@link PythonProjects}) and every file, Dockerfile, compose service
 *       and CI job is given to the project(s) it deploys or tests: its own directory's, the build
 *       context a compose service names, the projects of the requirement files its {@code pip
 *       install -r} names;
 *   <li>per project: interpreter evidence (the stage that runs the server, runtime pins, supported
 *       ranges, CI matrices), then dependencies (environment markers evaluated against the
 *       interpreter that decides, and requirement files found the way pip finds them), then
 *       gunicorn worker classes;
 *   <li>call sites in {@code .py} files.
 * </ol>
 *
 * Every fact carries its project, so nothing one service declares completes another's combination.
 * A file that cannot be read or parsed gives a notification; the scan goes on.
 */
public final class PythonEngine implements Engine {

  @Override
  public String id() {
    return Facts.ENGINE;
  }

  /**
   * A Dockerfile as one project deploys it: with a build context and, from compose, a target stage.
   */
  private record Deployment(
      Dockerfile dockerfile, Path context, String target, Location targetAt, boolean fromCompose) {}

  /** One pip invocation's files, absolute. */
  private record Pip(List<Path> requirements, List<Path> constraints) {}

  /** What one project reads. */
  private static final class ProjectInputs {
    final Map<Kind, List<Path>> files = new EnumMap<>(Kind.class);
    final List<Deployment> deployments = new ArrayList<>();
    final List<ComposeReader.Service> services = new ArrayList<>();
    final List<CiJob> jobs = new ArrayList<>();
    final List<Pip> pips = new ArrayList<>();

    List<Path> of(Kind kind) {
      return files.getOrDefault(kind, List.of());
    }
  }

  @Override
  public void run(ScanContext context, EngineSink sink) throws InterruptedException {
    Facts out = new Facts(context.root(), sink, context.contents());
    Path root = context.root().toAbsolutePath().normalize();
    ProjectFiles files;
    try {
      files =
          ProjectFiles.collect(
              root,
              context.inputs().buildFiles(),
              context.inputs().pythonRoots(),
              context.inputs().includes(),
              context.inputs().excludes());
    } catch (IOException e) {
      sink.notification(
          Notification.error(Facts.ENGINE, null, "cannot list Python files: " + e.getMessage()));
      return;
    }
    for (Path f : files.notRegular()) {
      String why =
          !Files.exists(f)
              ? "file not found"
              : Files.isDirectory(f)
                  ? "a directory, not a file"
                  : "not a regular file (a FIFO, socket or device), not read";
      out.problem(f, 0, why);
    }

    // 1. Deployment and CI files, parsed once.
    List<ComposeReader.Service> services = new ArrayList<>();
    for (Path f : files.of(Kind.COMPOSE))
      services.addAll(guarded(out, f, () -> ComposeReader.read(out, f), List.of()));
    Map<Path, Dockerfile> dockerfiles = new TreeMap<>();
    for (Path f : files.of(Kind.DOCKERFILE)) {
      Dockerfile d = guarded(out, f, () -> DockerfileReader.parse(out, f), null);
      if (d != null) dockerfiles.put(f, d);
    }
    List<CiJob> jobs = new ArrayList<>();
    for (Path f : files.of(Kind.CI_GITHUB))
      jobs.addAll(guarded(out, f, () -> GithubWorkflowReader.read(out, f), List.of()));
    for (Path f : files.of(Kind.CI_GITLAB))
      jobs.addAll(guarded(out, f, () -> GitlabAndCircleCiReader.gitlab(out, f), List.of()));
    for (Path f : files.of(Kind.CI_CIRCLE))
      jobs.addAll(guarded(out, f, () -> GitlabAndCircleCiReader.circleci(out, f), List.of()));
    for (Path f : files.of(Kind.TOX_INI))
      jobs.addAll(guarded(out, f, () -> ToxIniReader.read(out, f), List.of()));
    checkInterrupt();

    // 2. The projects, and what each reads.
    Set<Path> contexts = new LinkedHashSet<>();
    for (ComposeReader.Service s : services)
      if (s.context() != null && Files.isDirectory(s.context())) contexts.add(s.context());
    PythonProjects projects = PythonProjects.of(root, files, contexts);
    Map<Path, ProjectInputs> inputs = new TreeMap<>();
    for (Path dir : projects.directories()) inputs.put(dir, new ProjectInputs());
    for (Kind kind : Kind.values()) {
      if (kind == Kind.PYTHON_SOURCE
          || kind == Kind.DOCKERFILE
          || kind == Kind.COMPOSE
          || kind.name().startsWith("CI_")
          || kind == Kind.TOX_INI) continue;
      for (Path f : files.of(kind))
        inputs
            .get(projects.projectOf(f))
            .files
            .computeIfAbsent(kind, k -> new ArrayList<>())
            .add(f);
    }
    assignDeployments(out, root, files, projects, inputs, services, dockerfiles);
    for (ComposeReader.Service s : services) {
      Path home =
          s.context() != null && Files.isDirectory(s.context()) ? s.context() : s.composeFile();
      inputs.get(projects.projectOf(home)).services.add(s);
    }
    for (CiJob job : jobs) {
      Set<Path> targets = new LinkedHashSet<>();
      for (Path dir : job.directories())
        if (dir.startsWith(root)) targets.add(projects.projectOf(dir));
      for (CiJob.Pip pip : job.pips()) {
        addPip(files, projects, inputs, pip.requirements(), pip.constraints(), targets);
      }
      if (targets.isEmpty()) targets.add(projects.projectOf(job.file()));
      for (Path t : targets) inputs.get(t).jobs.add(job);
    }
    for (Path f : files.of(Kind.SHELL)) {
      for (PipInstall.Invocation pip :
          guarded(out, f, () -> pipInvocations(out, f), List.<PipInstall.Invocation>of())) {
        Path project = projects.projectOf(f);
        List<List<Path>> named = PipInstall.resolve(pip, List.of(project, f.getParent()));
        addPip(files, projects, inputs, named.get(0), named.get(1), new HashSet<>());
      }
    }
    checkInterrupt();

    // 3. Each project on its own.
    for (Map.Entry<Path, ProjectInputs> e : inputs.entrySet()) {
      Facts project = out.forProject(projects.key(e.getKey()));
      if (!e.getKey().equals(root)) project.projectMarker();
      readProject(project, e.getKey(), root, e.getValue());
      checkInterrupt();
    }

    // 4. Call sites.
    PythonSources sources = new PythonSources(out, context.rules());
    if (!sources.idle()) {
      List<Path> code = new ArrayList<>(files.of(Kind.PYTHON_SOURCE));
      code.addAll(files.of(Kind.SETUP_PY));
      int done = 0;
      for (Path f : code) {
        checkInterrupt();
        guarded(
            out,
            f,
            () -> {
              sources.scan(f);
              return null;
            },
            null);
        sink.progress(Facts.ENGINE, ++done, code.size());
      }
    }
  }

  /**
   * Each Dockerfile goes to the projects whose requirement files its {@code pip install}s name; one
   * a compose service builds also to the project of its build context (with the service's target
   * stage); any other to the project it lies in.
   */
  private static void assignDeployments(
      Facts out,
      Path root,
      ProjectFiles files,
      PythonProjects projects,
      Map<Path, ProjectInputs> inputs,
      List<ComposeReader.Service> services,
      Map<Path, Dockerfile> dockerfiles) {
    List<Deployment> deployments = new ArrayList<>();
    Set<Path> builtByCompose = new HashSet<>();
    for (ComposeReader.Service s : services) {
      if (s.dockerfile() == null || !s.dockerfile().startsWith(root)) continue;
      Dockerfile d = dockerfiles.get(s.dockerfile());
      if (d == null && files.readable(s.dockerfile())) {
        d = DockerfileReader.parse(out, s.dockerfile());
        if (d != null) dockerfiles.put(s.dockerfile(), d);
      }
      if (d == null) continue;
      builtByCompose.add(s.dockerfile());
      deployments.add(new Deployment(d, s.context(), s.target(), s.targetAt(), true));
    }
    for (Map.Entry<Path, Dockerfile> e : dockerfiles.entrySet()) {
      if (!builtByCompose.contains(e.getKey()))
        deployments.add(new Deployment(e.getValue(), e.getKey().getParent(), null, null, false));
    }
    for (Deployment d : deployments) {
      Set<Path> targets = new LinkedHashSet<>();
      List<List<Path>> required = d.dockerfile().pipInvocations(d.context(), false);
      List<List<Path>> constrained = d.dockerfile().pipInvocations(d.context(), true);
      for (int i = 0; i < required.size(); i++) {
        addPip(
            files,
            projects,
            inputs,
            required.get(i),
            i < constrained.size() ? constrained.get(i) : List.of(),
            targets);
      }
      if (d.fromCompose()) targets.add(projects.projectOf(d.context()));
      if (targets.isEmpty()) targets.add(projects.projectOf(d.dockerfile().file()));
      for (Path t : targets) inputs.get(t).deployments.add(d);
    }
  }

  /**
   * Gives a pip invocation's requirement files to the projects they lie in; adds those projects to
   * {@code targets}.
   */
  private static void addPip(
      ProjectFiles files,
      PythonProjects projects,
      Map<Path, ProjectInputs> inputs,
      List<Path> requirements,
      List<Path> constraints,
      Set<Path> targets) {
    Map<Path, List<Path>> byProject = new LinkedHashMap<>();
    for (Path r : requirements) {
      if (files.readable(r))
        byProject.computeIfAbsent(projects.projectOf(r), k -> new ArrayList<>()).add(r);
    }
    List<Path> readableConstraints = constraints.stream().filter(files::readable).toList();
    for (Map.Entry<Path, List<Path>> e : byProject.entrySet()) {
      inputs.get(e.getKey()).pips.add(new Pip(e.getValue(), readableConstraints));
      targets.add(e.getKey());
    }
  }

  private static List<PipInstall.Invocation> pipInvocations(Facts out, Path script) {
    try {
      return PipInstall.inCommands(ShellWords.split(out.read(script)));
    } catch (IOException e) {
      return List.of(); // the script's own reader reports it
    }
  }

  /**
   * Interpreter, then dependencies (markers need the interpreter), then gunicorn workers of one
   * project.
   */
  private static void readProject(Facts out, Path dir, Path root, ProjectInputs in) {
    RuntimeCollector runtimes = new RuntimeCollector(out);
    Facts quiet =
        out.quiet(); // manifests read again for their dependencies report their problems then
    for (Path f : in.of(Kind.PYTHON_VERSION))
      run(out, f, () -> VersionFiles.pythonVersion(out, f, runtimes));
    for (Path f : in.of(Kind.RUNTIME_TXT))
      run(out, f, () -> VersionFiles.runtimeTxt(out, f, runtimes));
    for (Path f : in.of(Kind.PYPROJECT))
      run(out, f, () -> PyprojectReader.readRuntime(quiet, f, runtimes));
    for (Path f : in.of(Kind.PIPFILE))
      run(out, f, () -> PipfileReader.readRuntime(quiet, f, runtimes));
    for (Path f : in.of(Kind.PIPFILE_LOCK))
      run(out, f, () -> PipfileLockReader.read(quiet, f, null, runtimes));
    for (Path f : in.of(Kind.LOCK_TOML))
      run(out, f, () -> LockTomlReader.readRuntime(quiet, f, runtimes));
    for (Path f : in.of(Kind.SETUP_CFG))
      run(out, f, () -> SetupCfgReader.read(quiet, f, null, runtimes));
    for (Path f : in.of(Kind.SETUP_PY))
      run(out, f, () -> SetupPyReader.read(quiet, f, null, runtimes));
    for (Deployment d : in.deployments) {
      run(
          out,
          d.dockerfile().file(),
          () -> {
            Dockerfile.Stage stage = d.dockerfile().runStage(d.target(), out, d.targetAt());
            if (stage != null)
              d.dockerfile()
                  .runtime(
                      stage, runtimes, d.target() != null ? "named by the compose target" : null);
          });
    }
    for (ComposeReader.Service s : in.services)
      run(out, s.composeFile(), () -> s.runtime(out, runtimes));
    for (CiJob job : in.jobs) run(out, job.file(), () -> job.runtime(runtimes));

    RequirementEmitter emit =
        new RequirementEmitter(out, new MarkerEvaluator(runtimes.exactVersion()));
    RequirementsTxtReader requirements =
        new RequirementsTxtReader(
            out, new MarkerEvaluator(runtimes.exactVersion()), new HashSet<>());
    for (Pip pip : in.pips)
      run(
          out,
          pip.requirements().get(0),
          () -> requirements.readInvocation(pip.requirements(), pip.constraints()));
    for (Path f : in.of(Kind.REQUIREMENTS_TXT)) run(out, f, () -> requirements.read(f));
    for (Path f : in.of(Kind.PYPROJECT)) run(out, f, () -> new PyprojectReader(emit).read(f));
    for (Path f : in.of(Kind.PIPFILE)) run(out, f, () -> new PipfileReader(emit).read(f));
    for (Path f : in.of(Kind.PIPFILE_LOCK))
      run(out, f, () -> PipfileLockReader.read(out, f, emit, null));
    for (Path f : in.of(Kind.LOCK_TOML)) run(out, f, () -> new LockTomlReader(emit).read(f));
    for (Path f : in.of(Kind.SETUP_CFG)) run(out, f, () -> SetupCfgReader.read(out, f, emit, null));
    for (Path f : in.of(Kind.SETUP_PY)) run(out, f, () -> SetupPyReader.read(out, f, emit, null));

    WorkerFinder workers = new WorkerFinder(out);
    for (Path f : in.of(Kind.PROCFILE)) run(out, f, () -> ProcfileReader.procfile(out, f, workers));
    for (Path f : in.of(Kind.SHELL)) run(out, f, () -> ProcfileReader.shellScript(out, f, workers));
    for (Path f : in.of(Kind.DOTENV))
      run(out, f, () -> ProcfileReader.shellScript(out, f, workers));
    for (Deployment d : in.deployments) {
      run(
          out,
          d.dockerfile().file(),
          () -> {
            Dockerfile.Stage stage = d.dockerfile().runStage(d.target(), out.quiet(), d.targetAt());
            if (stage != null) d.dockerfile().workers(stage, workers);
          });
    }
    for (ComposeReader.Service s : in.services) run(out, s.composeFile(), () -> s.workers(workers));
    Set<Path> confs = new LinkedHashSet<>(in.of(Kind.GUNICORN_CONF));
    for (WorkerFinder.ConfigRef ref : workers.configs()) {
      Path conf = resolveConfig(root, dir, ref);
      if (conf != null) confs.add(conf);
    }
    for (Path f : confs) run(out, f, () -> GunicornConfReader.read(out, f, workers));
  }

  /**
   * A {@code -c} value: a file next to the file that names it, in the project, or under the root;
   * {@code python:module} is skipped.
   */
  private static Path resolveConfig(Path root, Path project, WorkerFinder.ConfigRef ref) {
    String value = ref.value();
    if (value.startsWith("python:")) return null;
    if (value.startsWith("file:")) value = value.substring("file:".length());
    String relative = value.startsWith("/") ? value.substring(1) : value;
    for (Path base : new Path[] {ref.namedIn().getParent(), project, root}) {
      if (base == null) continue;
      Path candidate = base.resolve(relative).normalize();
      if (candidate.startsWith(root) && Files.isRegularFile(candidate))
        return candidate.toAbsolutePath().normalize();
    }
    Path leaf = Path.of(value).getFileName();
    for (Path base : new Path[] {project, root}) {
      if (leaf != null && Files.isRegularFile(base.resolve(leaf)))
        return base.resolve(leaf).toAbsolutePath().normalize();
    }
    return null;
  }

  /** Runs one file's reader; an unexpected exception becomes a notification for that file. */
  private static void run(Facts out, Path file, Runnable reader) {
    guarded(
        out,
        file,
        () -> {
          reader.run();
          return null;
        },
        null);
  }

  private static <T> T guarded(Facts out, Path file, Supplier<T> reader, T onFailure) {
    try {
      return reader.get();
    } catch (RuntimeException | StackOverflowError e) {
      out.problem(Location.file(out.rel(file)), "internal error while reading: " + e);
      return onFailure;
    }
  }

  private static void checkInterrupt() throws InterruptedException {
    if (Thread.currentThread().isInterrupted()) throw new InterruptedException();
  }
}
