package io.github.sockcheck.python.runtime;

import io.github.sockcheck.core.facts.RuntimeFact.Evidence;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.fix.TextOffsets;
import io.github.sockcheck.python.Facts;
import io.github.sockcheck.python.gunicorn.GunicornArgs;
import io.github.sockcheck.python.gunicorn.ShellWords;
import io.github.sockcheck.python.gunicorn.WorkerFinder;
import io.github.sockcheck.python.manifest.RuntimeCollector;
import io.github.sockcheck.python.text.TextFiles;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A parsed Dockerfile: its build stages, and for each what it starts from ({@code FROM
 * python:3.11-slim} or an earlier stage), the interpreter its {@code RUN} lines install, its {@code
 * WORKDIR} and {@code COPY}s, its {@code CMD}/{@code ENTRYPOINT} and {@code ENV GUNICORN_CMD_ARGS},
 * and the files its {@code pip install}s name.
 *
 * <p>The stage that runs the server is the one a compose {@code target:} names; else the last
 * stage, unless only an earlier stage's command runs gunicorn (a final {@code test} stage after the
 * {@code runtime} one). That stage's interpreter is the nearest one up its {@code FROM} chain; its
 * command is the nearest {@code CMD}/{@code ENTRYPOINT} up the chain.
 */
public final class Dockerfile {

  /** One instruction: keyword, its arguments' range in the text, and the line it starts on. */
  public record Instruction(String keyword, int argsFrom, int argsTo, int line) {}

  /**
   * {@code COPY sources dest}: dest absolute in the image; a directory when it ends in "/" or
   * several sources go there.
   */
  record Copy(List<String> sources, String dest, boolean destIsDirectory) {}

  /** A file a {@code pip install} names, with what the image looks like at that point. */
  record PipFile(
      String path, boolean constraint, String workdir, List<Copy> copies, int invocation) {}

  /** An interpreter a stage starts from or installs. */
  record Python(String version, Location at, String source) {}

  /** One build stage. */
  public static final class Stage {
    final int index;
    final String name;
    final String image;
    final Stage parent;
    final Location imageAt;
    String workdir;
    final List<Copy> copies = new ArrayList<>();
    Python installed;
    Instruction cmd;
    Instruction entrypoint;
    final List<Instruction> envs = new ArrayList<>();

    Stage(int index, String name, String image, Stage parent, Location imageAt) {
      this.index = index;
      this.name = name;
      this.image = image;
      this.parent = parent;
      this.imageAt = imageAt;
      this.workdir = parent == null ? "/" : parent.workdir;
    }

    String describe() {
      return name != null ? "`" + name + "`" : "#" + (index + 1);
    }

    /** The copies made so far in this stage and the stages it builds on, oldest first. */
    List<Copy> copiesSoFar() {
      List<Copy> out = new ArrayList<>();
      if (parent != null) out.addAll(parent.copiesSoFar());
      out.addAll(copies);
      return out;
    }
  }

  final Path file;
  final String text;
  final int[] lineStarts;
  final List<Stage> stages = new ArrayList<>();
  final List<PipFile> pipFiles = new ArrayList<>();

  Dockerfile(Path file, String text) {
    this.file = file;
    this.text = text;
    this.lineStarts = TextFiles.lineStarts(text);
  }

  public Path file() {
    return file;
  }

  /**
   * Test and development Dockerfiles ({@code Dockerfile.test}, {@code dev.Dockerfile}) say what
   * tests run on.
   */
  public Evidence evidence() {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    for (String part : name.split("[._-]")) {
      if (List.of(
              "test", "tests", "testing", "dev", "devel", "develop", "development", "ci", "local")
          .contains(part)) {
        return Evidence.TEST;
      }
    }
    return Evidence.DEPLOYMENT;
  }

  /**
   * The stage that runs the server: {@code target} when given (a compose {@code target:}; a name no
   * stage has is reported and the default used), else the last stage or, when only earlier stages
   * run gunicorn, the last of those.
   */
  public Stage runStage(String target, Facts out, Location targetAt) {
    if (stages.isEmpty()) return null;
    if (target != null) {
      for (Stage s : stages) if (s.name != null && s.name.equalsIgnoreCase(target)) return s;
      out.problem(targetAt, "compose target '" + target + "' names no stage of " + out.rel(file));
    }
    Stage last = stages.get(stages.size() - 1);
    if (runsGunicorn(last)) return last;
    for (int i = stages.size() - 2; i >= 0; i--)
      if (runsGunicorn(stages.get(i))) return stages.get(i);
    return last;
  }

  private boolean runsGunicorn(Stage stage) {
    for (boolean entrypoint : new boolean[] {true, false}) {
      Instruction ins = effective(stage, entrypoint);
      if (ins != null && GunicornArgs.runsGunicorn(commandWords(ins))) return true;
    }
    return false;
  }

  /**
   * The stage's ENTRYPOINT ({@code entrypoint}) or CMD, its own or the nearest one up its FROM
   * chain.
   */
  private static Instruction effective(Stage stage, boolean entrypoint) {
    for (Stage s = stage; s != null; s = s.parent) {
      Instruction ins = entrypoint ? s.entrypoint : s.cmd;
      if (ins != null) return ins;
    }
    return null;
  }

  /**
   * Reports the interpreter of {@code stage}: the nearest install up its FROM chain, else the image
   * it starts from.
   */
  public void runtime(Stage stage, RuntimeCollector runtimes, String why) {
    String where =
        stages.size() == 1
            ? ""
            : "stage " + stage.describe() + (why == null ? " that runs the server" : " " + why);
    for (Stage s = stage; s != null; s = s.parent) {
      String via = s == stage ? where : where + ", built on stage " + s.describe();
      if (s.installed != null) {
        runtimes.version(
            s.installed.version(),
            s.installed.at(),
            "Dockerfile",
            evidence(),
            join(s.installed.source(), via));
        return;
      }
      if (s.parent == null) {
        PythonImages.ImageVersion v = PythonImages.of(s.image);
        if (v == null) return; // a distribution or other image: the interpreter is not named
        runtimes.version(
            v.version(),
            s.imageAt,
            "Dockerfile FROM",
            evidence(),
            join(join("FROM " + s.image, via), v.note()));
        return;
      }
    }
  }

  private static String join(String a, String b) {
    if (b == null || b.isEmpty()) return a;
    return a + ", " + b;
  }

  /**
   * Reports the gunicorn options of the command {@code stage} runs and the GUNICORN_CMD_ARGS it
   * sets.
   */
  public void workers(Stage stage, WorkerFinder workers) {
    for (boolean entrypoint : new boolean[] {true, false}) {
      Instruction ins = effective(stage, entrypoint);
      if (ins != null) workers.words(file, commandWords(ins), this::position);
    }
    for (Stage s = stage; s != null; s = s.parent) {
      for (Instruction env : s.envs) env(env, workers);
    }
  }

  private void env(Instruction ins, WorkerFinder workers) {
    List<ShellWords.Word> words = ShellWords.split(text, ins.argsFrom(), ins.argsTo());
    if (!words.isEmpty() && words.get(0).text().equals("GUNICORN_CMD_ARGS") && words.size() > 1) {
      // legacy "ENV KEY value": the value is the rest of the instruction
      ShellWords.Word first = words.get(1);
      String value = text.substring(first.start(), ins.argsTo()).strip();
      workers.envValue(
          file,
          value,
          new ShellWords.Word(value, first.start(), ins.argsTo(), false),
          this::position);
      return;
    }
    workers.words(file, words, this::position);
  }

  /**
   * A CMD/ENTRYPOINT/RUN's words: the exec form's elements at their quoted places, or the shell
   * form split.
   */
  List<ShellWords.Word> commandWords(Instruction ins) {
    List<ShellWords.Word> exec = DockerfileReader.execForm(text, ins);
    return exec != null ? exec : ShellWords.split(text, ins.argsFrom(), ins.argsTo());
  }

  /** 1-based line and column of an offset. */
  int[] position(int offset) {
    int line = TextOffsets.lineOf(lineStarts, offset);
    return new int[] {line, offset - lineStarts[line - 1] + 1};
  }

  Location at(Facts out, ShellWords.Word w) {
    int[] start = position(w.start());
    int[] end = position(w.end());
    return out.at(file, start[0], start[1], end[0] == start[0] ? end[1] : start[1] + 1);
  }

  /**
   * The files the {@code pip install}s name, each invocation's requirements then constraints, for a
   * build context.
   */
  public List<List<Path>> pipInvocations(Path context, boolean constraints) {
    List<List<Path>> out = new ArrayList<>();
    for (PipFile f : pipFiles) {
      while (out.size() <= f.invocation()) out.add(new ArrayList<>());
      if (f.constraint() != constraints) continue;
      Path p = resolve(f, context);
      if (p != null && Files.isRegularFile(p)) out.get(f.invocation()).add(p);
    }
    return out;
  }

  /**
   * Where in the build context a file named inside the image comes from, following WORKDIR and
   * COPY.
   */
  static Path resolve(PipFile f, Path context) {
    String inImage = ImagePaths.resolve(f.workdir(), f.path());
    List<Copy> copies = f.copies();
    for (int i = copies.size() - 1; i >= 0; i--) {
      Copy copy = copies.get(i);
      for (int j = copy.sources().size() - 1; j >= 0; j--) {
        Path from = copyFrom(copy, copy.sources().get(j), inImage, context);
        if (from != null) return from;
      }
    }
    return f.path().startsWith("/") ? null : context.resolve(f.path()).normalize();
  }

  private static Path copyFrom(Copy copy, String source, String inImage, Path context) {
    String src = source.startsWith("./") ? source.substring(2) : source;
    if (src.contains("://")) return null; // ADD from a URL
    Path sourcePath = context.resolve(src.isEmpty() ? "." : src).normalize();
    boolean directory =
        src.equals(".") || src.isEmpty() || src.endsWith("/") || Files.isDirectory(sourcePath);
    if (directory) {
      String dir = copy.dest();
      String prefix = dir.endsWith("/") ? dir : dir + "/";
      return inImage.startsWith(prefix)
          ? sourcePath.resolve(inImage.substring(prefix.length())).normalize()
          : null;
    }
    String base = src.substring(src.lastIndexOf('/') + 1);
    String target = copy.destIsDirectory() ? ImagePaths.resolve(copy.dest(), base) : copy.dest();
    if (target.equals(inImage)) return sourcePath;
    if (base.contains("*") || base.contains("?") || base.contains("[")) {
      String name = inImage.substring(inImage.lastIndexOf('/') + 1);
      String dir = inImage.substring(0, inImage.lastIndexOf('/') + 1);
      String destDir = copy.dest().endsWith("/") ? copy.dest() : copy.dest() + "/";
      if (dir.equals(destDir)
          && FileSystems.getDefault().getPathMatcher("glob:" + base).matches(Path.of(name))) {
        Path parent = sourcePath.getParent();
        return parent == null ? null : parent.resolve(name);
      }
    }
    return null;
  }
}
