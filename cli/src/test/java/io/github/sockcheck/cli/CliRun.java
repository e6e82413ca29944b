package io.github.sockcheck.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One in-process run of the command line: its exit code and what it printed on each stream. */
public record CliRun(int code, String out, String err) {

  /** Runs {@code sockcheck args...} in this JVM. */
  public static CliRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * {@code scan} of {@code project} (its own root) that writes {@code sarif} and never fails on a
   * finding: for tests that read the findings from the SARIF.
   */
  public static CliRun scanToSarif(Path project, Path sarif, String... options) {
    List<String> args = new ArrayList<>();
    args.addAll(List.of("scan", "--root", project.toString(), "--fail-on", "none"));
    args.addAll(List.of("--sarif", sarif.toString()));
    args.addAll(Arrays.asList(options));
    args.add(project.toString());
    return of(args.toArray(String[]::new));
  }

  /** Both streams, for a failure message. */
  public String printed() {
    return out + err;
  }
}
