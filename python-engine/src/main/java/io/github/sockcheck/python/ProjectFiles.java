package io.github.sockcheck.python;

import io.github.sockcheck.core.io.FileTrees;
import io.github.sockcheck.core.io.SkippedDirectories;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The files the Python engine reads, by kind: from the explicit build files and a walk of the
 * Python roots (the directories of {@link SkippedDirectories} left out). {@link #kindOf} is the one
 * classifier of Python manifests and deployment files: the CLI's input classifier and the Maven
 * plugin pick build files with it too.
 */
public final class ProjectFiles {

  public enum Kind {
    REQUIREMENTS_TXT,
    PYPROJECT,
    PIPFILE,
    PIPFILE_LOCK,
    LOCK_TOML,
    SETUP_CFG,
    SETUP_PY,
    PYTHON_VERSION,
    RUNTIME_TXT,
    DOCKERFILE,
    COMPOSE,
    PROCFILE,
    SHELL,
    DOTENV,
    GUNICORN_CONF,
    TOX_INI,
    CI_GITHUB,
    CI_GITLAB,
    CI_CIRCLE,
    PYTHON_SOURCE;

    /**
     * Files whose directory is a Python project: the manifests pip, Poetry, Pipenv, uv, PDM and
     * setuptools read.
     */
    public boolean isManifest() {
      return MANIFESTS.contains(this);
    }
  }

  private static final Set<Kind> MANIFESTS =
      EnumSet.of(
          Kind.REQUIREMENTS_TXT,
          Kind.PYPROJECT,
          Kind.PIPFILE,
          Kind.PIPFILE_LOCK,
          Kind.LOCK_TOML,
          Kind.SETUP_CFG,
          Kind.SETUP_PY);

  private final Map<Kind, Set<Path>> files = new EnumMap<>(Kind.class);
  private final Set<Path> notRegular = new LinkedHashSet<>();
  private final Path base;
  private final List<PathMatcher> includes;
  private final List<PathMatcher> excludes;

  private ProjectFiles(Path base, List<PathMatcher> includes, List<PathMatcher> excludes) {
    for (Kind k : Kind.values()) files.put(k, new LinkedHashSet<>());
    this.base = base;
    this.includes = includes;
    this.excludes = excludes;
  }

  /**
   * Classifies {@code buildFiles} and walks {@code pythonRoots}; include/exclude globs apply to
   * root-relative paths.
   */
  public static ProjectFiles collect(
      Path root,
      List<Path> buildFiles,
      List<Path> pythonRoots,
      List<String> includes,
      List<String> excludes)
      throws IOException {
    ProjectFiles out =
        new ProjectFiles(root.toAbsolutePath().normalize(), matchers(includes), matchers(excludes));
    for (Path f : buildFiles) out.add(f);
    for (Path dir : pythonRoots) {
      Path start = dir.toAbsolutePath().normalize();
      if (Files.isRegularFile(start)) {
        out.add(start);
        continue;
      }
      if (!Files.isDirectory(start)) continue;
      FileTrees.walk(
          start,
          d -> !SkippedDirectories.skipped(d),
          (f, attrs) -> {
            if (attrs.isRegularFile()) out.add(f);
          },
          (f, e) -> {},
          false);
    }
    return out;
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    List<PathMatcher> out = new ArrayList<>();
    for (String g : globs) out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
    return out;
  }

  private void add(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    if (!admits(abs)) return;
    Kind kind = kindOf(abs);
    if (kind == null) return;
    // A FIFO or device named like a manifest would block or never end when read.
    if (Files.isRegularFile(abs)) files.get(kind).add(abs);
    else notRegular.add(abs);
  }

  /**
   * Whether a file named by another (a {@code pip install -r} target, say) may be read whatever its
   * name: it lies inside the scan root, the include/exclude globs keep it, and it is a regular
   * file.
   */
  public boolean readable(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(base) && admits(abs) && Files.isRegularFile(abs);
  }

  private boolean admits(Path abs) {
    Path rel = abs.startsWith(base) ? base.relativize(abs) : abs;
    if (!includes.isEmpty() && includes.stream().noneMatch(m -> m.matches(rel))) return false;
    return excludes.stream().noneMatch(m -> m.matches(rel));
  }

  /**
   * Named files (build files given explicitly) that are not regular files: left out, to be
   * reported.
   */
  public Set<Path> notRegular() {
    return notRegular;
  }

  /**
   * The kind of file by its name (and, for CI configurations, its folder), or null when the engine
   * does not read it.
   */
  public static Kind kindOf(Path file) {
    String name = String.valueOf(file.getFileName());
    String lower = name.toLowerCase(Locale.ROOT);
    String parent = file.getParent() == null ? "" : String.valueOf(file.getParent().getFileName());
    if (lower.startsWith("requirements") && lower.endsWith(".txt")) return Kind.REQUIREMENTS_TXT;
    if (parent.equals("requirements") && lower.endsWith(".txt")) return Kind.REQUIREMENTS_TXT;
    switch (name) {
      case "pyproject.toml":
        return Kind.PYPROJECT;
      case "Pipfile":
        return Kind.PIPFILE;
      case "Pipfile.lock":
        return Kind.PIPFILE_LOCK;
      case "poetry.lock", "uv.lock", "pdm.lock":
        return Kind.LOCK_TOML;
      case "setup.cfg":
        return Kind.SETUP_CFG;
      case "setup.py":
        return Kind.SETUP_PY;
      case ".python-version":
        return Kind.PYTHON_VERSION;
      case "runtime.txt":
        return Kind.RUNTIME_TXT;
      case "Procfile":
        return Kind.PROCFILE;
      case ".env":
        return Kind.DOTENV;
      case "tox.ini":
        return Kind.TOX_INI;
      case ".gitlab-ci.yml", ".gitlab-ci.yaml":
        return Kind.CI_GITLAB;
      case "gunicorn.conf.py", "gunicorn_conf.py", "gunicorn_config.py", "gunicorn.config.py":
        return Kind.GUNICORN_CONF;
      default:
        break;
    }
    boolean yaml = lower.endsWith(".yml") || lower.endsWith(".yaml");
    if (yaml
        && parent.equals("workflows")
        && file.getParent().getParent() != null
        && String.valueOf(file.getParent().getParent().getFileName()).equals(".github"))
      return Kind.CI_GITHUB;
    if (yaml && parent.equals(".circleci") && lower.startsWith("config.")) return Kind.CI_CIRCLE;
    if (name.equals("Dockerfile")
        || name.equals("Containerfile")
        || name.startsWith("Dockerfile.")
        || name.startsWith("Containerfile.")
        || lower.endsWith(".dockerfile")
        || lower.endsWith(".containerfile")) {
      return Kind.DOCKERFILE;
    }
    if (lower.matches("(docker-)?compose([.-][\\w.-]*)?\\.ya?ml")) return Kind.COMPOSE;
    if (lower.endsWith(".sh")) return Kind.SHELL;
    if (lower.endsWith(".py")) return Kind.PYTHON_SOURCE;
    return null;
  }

  /**
   * True for the manifests and deployment files the Python engine reads (everything {@link #kindOf}
   * knows but sources).
   */
  public static boolean isManifestOrDeploymentFile(Path file) {
    Kind kind = kindOf(file);
    return kind != null && kind != Kind.PYTHON_SOURCE;
  }

  public Set<Path> of(Kind kind) {
    return files.get(kind);
  }
}
