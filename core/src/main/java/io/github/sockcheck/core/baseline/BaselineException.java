package io.github.sockcheck.core.baseline;

import java.nio.file.Path;

/** A baseline file that cannot be used; the message names the file and what to do. */
public class BaselineException extends RuntimeException {

  private final Path file;

  public BaselineException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
