package io.github.sockcheck.python.project;

import io.github.sockcheck.python.ProjectFiles;
import io.github.sockcheck.python.ProjectFiles.Kind;
import io.github.sockcheck.python.manifest.RequirementsTxtReader;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Python projects of a scan: a project is a directory that holds a manifest (requirements
 * files, {@code pyproject.toml}, {@code setup.cfg}/{@code setup.py}, a Pipfile, a Poetry/uv/PDM
 * lock) or that a compose service builds, together with the files below it that belong to no deeper
 * project (its Dockerfiles, Procfile, scripts, gunicorn config, {@code .python-version}…).
 * Requirement files in a {@code requirements/} folder belong to the folder above it, and a
 * requirements file another one includes ({@code -r more/dev.txt}) belongs to the project that
 * includes it: neither makes a project of its own. The scan root is always a project, so every file
 * has one. A project's key is its directory relative to the scan root ({@code ""} for the root).
 */
public final class PythonProjects {

  private final Path root;
  private final TreeSet<Path> directories = new TreeSet<>();

  private PythonProjects(Path root) {
    this.root = root;
    directories.add(root);
  }

  /**
   * The projects of {@code files} and of the directories compose services build ({@code
   * buildContexts}).
   */
  public static PythonProjects of(Path root, ProjectFiles files, Collection<Path> buildContexts) {
    PythonProjects projects = new PythonProjects(root.toAbsolutePath().normalize());
    Set<Path> included = new HashSet<>();
    for (Path f : files.of(Kind.REQUIREMENTS_TXT))
      included.addAll(RequirementsTxtReader.includes(f));
    for (Kind kind : Kind.values()) {
      if (!kind.isManifest()) continue;
      for (Path f : files.of(kind)) {
        if (!included.contains(f.toAbsolutePath().normalize()))
          projects.add(manifestDirectory(projects.root, f));
      }
    }
    for (Path context : buildContexts) projects.add(context.toAbsolutePath().normalize());
    return projects;
  }

  private void add(Path dir) {
    if (dir != null && dir.startsWith(root)) directories.add(dir);
  }

  /**
   * The directory a manifest makes a project: its own, or the one above a {@code requirements/}
   * folder.
   */
  static Path manifestDirectory(Path root, Path manifest) {
    Path dir = manifest.toAbsolutePath().normalize().getParent();
    for (Path d = dir; d != null && d.startsWith(root) && !d.equals(root); d = d.getParent()) {
      if (String.valueOf(d.getFileName()).equals("requirements")) return d.getParent();
    }
    return dir;
  }

  /** The project directories, the root first. */
  public Collection<Path> directories() {
    return directories;
  }

  /** The deepest project directory holding {@code file} (a file or a directory). */
  public Path projectOf(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path best = root;
    for (Path dir : directories) {
      if (abs.startsWith(dir) && dir.getNameCount() > best.getNameCount()) best = dir;
    }
    return best;
  }

  /** The key of a project directory: relative to the scan root with forward slashes. */
  public String key(Path directory) {
    Path abs = directory.toAbsolutePath().normalize();
    return root.relativize(abs).toString().replace('\\', '/');
  }
}
