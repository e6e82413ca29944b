package io.github.sockcheck.core.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkippedDirectoriesTest {

  @TempDir Path dir;

  @Test
  void toolFoldersAndVirtualEnvironmentsAreSkipped() throws Exception {
    assertTrue(SkippedDirectories.skipped(dir.resolve("target")));
    assertTrue(SkippedDirectories.skipped(dir.resolve("a/node_modules")));
    assertTrue(SkippedDirectories.skipped(dir.resolve(".venv")));
    assertFalse(SkippedDirectories.skipped(dir.resolve("src")));
    Path env = Files.createDirectories(dir.resolve("py311"));
    assertFalse(SkippedDirectories.skipped(env));
    Files.writeString(env.resolve("pyvenv.cfg"), "home = /usr/bin\n");
    assertTrue(SkippedDirectories.skipped(env), "a virtual environment under any name");
  }
}
