package io.github.sockcheck.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The root of the git repository a scan lies in: GitHub resolves SARIF URIs against it, so a Maven
 * project in a subdirectory of a monorepo must report {@code services/gateway/src/...}, not {@code
 * src/...}. Found as git does without running git: the nearest directory, from the scan root
 * upwards, that holds a {@code .git} directory or a {@code .git} file (worktrees and submodules).
 */
public final class RepositoryRoot {

  private RepositoryRoot() {}

  /**
   * The repository root above or at {@code scanRoot}, or {@code scanRoot} itself outside a
   * repository.
   */
  public static Path of(Path scanRoot) {
    Path start = scanRoot.toAbsolutePath().normalize();
    return find(start).orElse(start);
  }

  /** The nearest directory at or above {@code start} with a {@code .git} entry. */
  public static Optional<Path> find(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path git = dir.resolve(".git");
      if (Files.isDirectory(git) || Files.isRegularFile(git)) return Optional.of(dir);
    }
    return Optional.empty();
  }
}
