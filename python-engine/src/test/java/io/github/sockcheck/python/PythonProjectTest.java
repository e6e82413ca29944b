package io.github.sockcheck.python;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench of tests that read a Python project written file by file below a temporary root, with
 * the engine as a whole or with one reader.
 */
abstract class PythonProjectTest {

  @TempDir Path root;

  /** Writes {@code text} to {@code path} below the root, creating its directories. */
  Path write(String path, String text) throws Exception {
    return TestSupport.write(root, path, text);
  }

  /** The engine with the Python rules over the root: every fact it reported. */
  RecordingSink scan() throws Exception {
    return TestSupport.scan(root, TestSupport.rules());
  }
}
