package io.github.sockcheck.lsp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The language server in a JVM of its own, started from the test classpath (as `sockcheck lsp` runs
 * it).
 */
final class ServerProcess {

  private ServerProcess() {}

  static Process start(Path stderr) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            List.of(
                java,
                "-Xss4m",
                "-cp",
                System.getProperty("java.class.path"),
                LanguageServerLauncher.class.getName()));
    pb.redirectError(stderr.toFile());
    return pb.start();
  }
}
