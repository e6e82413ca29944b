package io.github.sockcheck.python;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The files the Python engine reads, by kind: from the explicit build files and a walk of the Python
 * roots (virtual environments, {@code node_modules}, {@code site-packages} and VCS/cache folders skipped).
 */
public final class ProjectFiles {

  public enum Kind {
    REQUIREMENTS_TXT, PYPROJECT, PIPFILE, PIPFILE_LOCK, LOCK_TOML, SETUP_CFG, PYTHON_VERSION, RUNTIME_TXT,
    DOCKERFILE, COMPOSE, PROCFILE, SHELL, DOTENV, GUNICORN_CONF, PYTHON_SOURCE
  }

  private static final Set<String> SKIPPED_DIRS = Set.of(".venv", "venv", "node_modules", "site-packages", ".git",
      ".hg", ".svn", ".tox", ".nox", "__pycache__", ".mypy_cache", ".pytest_cache", "target");

  private final Map<Kind, Set<Path>> files = new EnumMap<>(Kind.class);
  private final Set<Path> notRegular = new LinkedHashSet<>();

  private ProjectFiles() {
    for (Kind k : Kind.values()) files.put(k, new LinkedHashSet<>());
  }

  /** Classifies {@code buildFiles} and walks {@code pythonRoots}; include/exclude globs apply to root-relative paths. */
  public static ProjectFiles collect(Path root, List<Path> buildFiles, List<Path> pythonRoots, List<String> includes,
      List<String> excludes) throws IOException {
    ProjectFiles out = new ProjectFiles();
    Path base = root.toAbsolutePath().normalize();
    List<PathMatcher> in = matchers(includes);
    List<PathMatcher> ex = matchers(excludes);
    for (Path f : buildFiles) out.add(base, f, in, ex);
    for (Path dir : pythonRoots) {
      Path start = dir.toAbsolutePath().normalize();
      if (Files.isRegularFile(start)) {
        out.add(base, start, in, ex);
        continue;
      }
      if (!Files.isDirectory(start)) continue;
      Files.walkFileTree(start, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          if (!d.equals(start) && SKIPPED_DIRS.contains(String.valueOf(d.getFileName()))) return FileVisitResult.SKIP_SUBTREE;
          if (!d.equals(start) && Files.isRegularFile(d.resolve("pyvenv.cfg"))) return FileVisitResult.SKIP_SUBTREE;
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (attrs.isRegularFile()) out.add(base, f, in, ex);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    }
    return out;
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    List<PathMatcher> out = new ArrayList<>();
    for (String g : globs) out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
    return out;
  }

  private void add(Path base, Path file, List<PathMatcher> in, List<PathMatcher> ex) {
    Path abs = file.toAbsolutePath().normalize();
    Path rel = abs.startsWith(base) ? base.relativize(abs) : abs;
    if (!in.isEmpty() && in.stream().noneMatch(m -> m.matches(rel))) return;
    if (ex.stream().anyMatch(m -> m.matches(rel))) return;
    Kind kind = kindOf(abs);
    if (kind == null) return;
    // A FIFO or device named like a manifest would block or never end when read.
    if (Files.isRegularFile(abs)) files.get(kind).add(abs);
    else notRegular.add(abs);
  }

  /** Named files (build files given explicitly) that are not regular files: left out, to be reported. */
  public Set<Path> notRegular() {
    return notRegular;
  }

  /** The kind of file by its name, or null when the engine does not read it. */
  public static Kind kindOf(Path file) {
    String name = String.valueOf(file.getFileName());
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith("requirements") && lower.endsWith(".txt")) return Kind.REQUIREMENTS_TXT;
    if (file.getParent() != null && String.valueOf(file.getParent().getFileName()).equals("requirements")
        && lower.endsWith(".txt")) return Kind.REQUIREMENTS_TXT;
    switch (name) {
      case "pyproject.toml": return Kind.PYPROJECT;
      case "Pipfile": return Kind.PIPFILE;
      case "Pipfile.lock": return Kind.PIPFILE_LOCK;
      case "poetry.lock", "uv.lock": return Kind.LOCK_TOML;
      case "setup.cfg": return Kind.SETUP_CFG;
      case ".python-version": return Kind.PYTHON_VERSION;
      case "runtime.txt": return Kind.RUNTIME_TXT;
      case "Procfile": return Kind.PROCFILE;
      case ".env": return Kind.DOTENV;
      case "gunicorn.conf.py", "gunicorn_conf.py", "gunicorn_config.py", "gunicorn.config.py": return Kind.GUNICORN_CONF;
      default: break;
    }
    if (name.equals("Dockerfile") || name.equals("Containerfile") || name.startsWith("Dockerfile.")
        || lower.endsWith(".dockerfile")) return Kind.DOCKERFILE;
    if (lower.matches("(docker-)?compose([.-][\\w.-]*)?\\.ya?ml")) return Kind.COMPOSE;
    if (lower.endsWith(".sh")) return Kind.SHELL;
    if (lower.endsWith(".py")) return Kind.PYTHON_SOURCE;
    return null;
  }

  public Set<Path> of(Kind kind) {
    return files.get(kind);
  }
}
