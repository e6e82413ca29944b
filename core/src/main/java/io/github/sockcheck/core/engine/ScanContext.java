package io.github.sockcheck.core.engine;

import io.github.sockcheck.core.io.FileContents;
import io.github.sockcheck.core.rules.RulePack;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What one engine run is given: the project's inputs as the shell gathered them (paths absolute),
 * the enabled rules, and where input files are read. All finding paths are made relative to the
 * inputs' root.
 *
 * @param inputs the project's inputs, the same ones the scan request carries
 * @param rules the enabled rules
 * @param contents where input files are read: the disk, or unsaved editor buffers in front of it
 */
public record ScanContext(ScanInputs inputs, RulePack rules, FileContents contents) {

  public ScanContext {
    Objects.requireNonNull(inputs, "inputs");
    if (contents == null) contents = FileContents.DISK;
  }

  /** A context that reads every file from the disk. */
  public ScanContext(ScanInputs inputs, RulePack rules) {
    this(inputs, rules, FileContents.DISK);
  }

  /** The repository root, the directory finding paths are relative to. */
  public Path root() {
    return inputs.root();
  }

  /** The repository-relative path with forward slashes, for locations. */
  public String relativize(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path base = inputs.root().toAbsolutePath().normalize();
    return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
