package io.github.sockcheck.cli;

import io.github.sockcheck.scan.ConfigurationException;
import java.io.IOException;
import java.io.PrintStream;

/** A parsed subcommand, ready to run; {@link Main} handles help, version and usage errors. */
interface CliCommand {

  /** Where a command writes: findings and diffs on {@code out}, messages on {@code err}. */
  record Io(PrintStream out, PrintStream err, boolean interactive) {}

  /** Runs the command and returns the exit code. */
  int run(Io io) throws UsageException, ConfigurationException, IOException;
}
