package io.github.sockcheck.python.toml;

/** A TOML syntax error at a line. */
public final class TomlException extends Exception {
  private final int line;

  public TomlException(int line, String message) {
    super(message);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
