package io.github.sockcheck.core.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The directories no walk enters, the same for the CLI's input classifier, the Maven plugin, the
 * Python engine and the tests' fixture readers: build output, VCS metadata, dependency and
 * virtual-environment folders, tool caches. A directory holding {@code pyvenv.cfg} is a virtual
 * environment whatever its name.
 */
public final class SkippedDirectories {

  private static final Set<String> NAMES =
      Set.of(
          "target",
          ".git",
          ".hg",
          ".svn",
          "node_modules",
          ".venv",
          "venv",
          "site-packages",
          "__pycache__",
          ".tox",
          ".nox",
          ".mypy_cache",
          ".pytest_cache",
          ".idea",
          ".gradle",
          ".mvn");

  private SkippedDirectories() {}

  /**
   * True when a walk must not enter {@code dir} (never true for the directory a walk starts from:
   * callers check).
   */
  public static boolean skipped(Path dir) {
    Path name = dir.getFileName();
    if (name != null && NAMES.contains(name.toString())) return true;
    return Files.isRegularFile(dir.resolve("pyvenv.cfg"));
  }
}
