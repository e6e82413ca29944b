package io.github.sockcheck.python.manifest;

import io.github.sockcheck.core.facts.RuntimeFact.Evidence;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.python.Facts;
import io.github.sockcheck.python.toml.TomlException;
import io.github.sockcheck.python.toml.TomlReader;
import io.github.sockcheck.python.toml.TomlValue;
import java.io.IOException;
import java.nio.file.Path;

/** Reading a TOML manifest with its problems reported as notifications. */
final class TomlManifests {

  private TomlManifests() {}

  /** The document, or null after a notification. */
  static TomlValue read(Facts out, Path file) {
    try {
      return TomlReader.parse(out.read(file));
    } catch (IOException e) {
      out.problem(file, 0, "cannot read: " + e.getMessage());
    } catch (TomlException e) {
      out.problem(file, e.line(), "not valid TOML: " + e.getMessage());
    }
    return null;
  }

  /** The value's own span (a string in an array). */
  static Location valueAt(Facts out, Path file, TomlValue v) {
    int end = v.endLine() == v.line() ? v.endColumn() : v.column() + 1;
    return out.at(file, v.line(), v.column(), end);
  }

  /** From the key to the end of its value ({@code gunicorn = "^20.0"}), on the key's line. */
  static Location entryAt(Facts out, Path file, TomlValue v) {
    int end = v.endLine() == v.keyLine() ? v.endColumn() : v.keyColumn() + 1;
    return out.at(file, v.keyLine(), v.keyColumn(), end);
  }

  /**
   * A {@code requires-python} string ({@code [project]} of pyproject.toml, uv.lock) as the
   * interpreter versions the project supports; anything else is ignored.
   */
  static void requiresPython(Facts out, Path file, TomlValue requires, RuntimeCollector runtimes) {
    if (requires == null || !requires.isString()) return;
    runtimes.constraint(
        requires.string(), entryAt(out, file, requires), "requires-python", Evidence.SUPPORTED);
  }
}
