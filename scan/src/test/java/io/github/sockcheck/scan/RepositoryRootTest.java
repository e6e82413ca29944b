package io.github.sockcheck.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryRootTest {

  @TempDir Path dir;

  @Test
  void theNearestDirectoryWithAGitDirectoryAboveAProject() throws Exception {
    Path repo = dir.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    Path project = Files.createDirectories(repo.resolve("services/gateway"));
    assertEquals(repo, RepositoryRoot.of(project));
    assertEquals(repo, RepositoryRoot.of(repo));
  }

  @Test
  void aGitFileMarksAWorktreeOrSubmoduleRoot() throws Exception {
    Path repo = dir.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    Path submodule = Files.createDirectories(repo.resolve("vendor/lib"));
    Files.writeString(submodule.resolve(".git"), "gitdir: ../../.git/modules/lib\n");
    Path project = Files.createDirectories(submodule.resolve("core"));
    assertEquals(submodule, RepositoryRoot.of(project));
  }

  @Test
  void outsideARepositoryTheScanRootItself() throws Exception {
    Path project = Files.createDirectories(dir.resolve("plain/project"));
    // The temporary directory may itself lie in a repository; only then is there something above.
    Optional<Path> above = RepositoryRoot.find(dir);
    assertEquals(above.orElse(project), RepositoryRoot.of(project));
    assertEquals(
        Optional.empty(),
        RepositoryRoot.find(Path.of("/").resolve("no-such-dir-" + System.nanoTime())));
  }
}
