package io.github.sockcheck.cli;

import io.github.sockcheck.scan.ConfigurationException;
import java.io.IOException;
import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * {@code java -jar sockcheck.jar scan|rules|fix|lsp|completion|--help|--version}: a thin shell over
 * the scan API. Picocli parses the command line (see {@link SockcheckCommand}); this class prints
 * help, version and errors and maps them to exit codes.
 */
public final class Main {

  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int ERROR = 2;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.console() != null));
  }

  /** Runs the command line and returns the exit code; no progress line. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, false);
  }

  static int run(String[] args, PrintStream out, PrintStream err, boolean interactive) {
    CommandLine top = SockcheckCommand.commandLine();
    ParseResult parsed;
    try {
      parsed = top.parseArgs(args);
    } catch (ParameterException e) {
      err.println("sockcheck: " + UsageErrors.message(e));
      return ERROR;
    }
    ParseResult last = parsed;
    while (last.hasSubcommand()) last = last.subcommand();
    CommandLine command = last.commandSpec().commandLine();
    if (last.isUsageHelpRequested()) {
      out.print(command == top ? HelpText.full(top) : HelpText.of(command));
      return OK;
    }
    if (last.isVersionHelpRequested()) {
      out.println(HelpText.version());
      return OK;
    }
    if (!(command.getCommand() instanceof CliCommand runnable)) {
      err.println("sockcheck: no command given (try `sockcheck --help`)");
      return ERROR;
    }
    try {
      return runnable.run(new CliCommand.Io(out, err, interactive));
    } catch (UsageException | ConfigurationException | IOException e) {
      err.println("sockcheck: " + e.getMessage());
      return ERROR;
    }
  }
}
