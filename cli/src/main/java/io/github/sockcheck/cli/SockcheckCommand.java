package io.github.sockcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The top of the command line: {@code sockcheck COMMAND}, and {@code sockcheck --help}. */
@Command(
    name = "sockcheck",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "Finds socket-from-fd / raw-socket family and protocol bugs and broken library/runtime"
          + " version combinations in Java and Python projects."
    },
    commandListHeading = "%nCommands:%n",
    subcommands = {
      ScanCommand.class,
      RulesCommand.class,
      FixCommand.class,
      LspCommand.class,
      CompletionCommand.class,
      SockcheckCommand.Help.class,
      SockcheckCommand.Version.class
    })
final class SockcheckCommand {

  /** The parser for the whole command line, every command's help as wide as the top's. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new SockcheckCommand());
    // As before picocli: a repeated single-valued option takes the last value.
    cli.setOverwrittenOptionsAllowed(true);
    // A PATH is a path: `@name` is not read as a file of more arguments.
    cli.setExpandAtFiles(false);
    cli.setUsageHelpWidth(100);
    return cli;
  }

  /** {@code sockcheck help [COMMAND]}: the same as {@code --help}. */
  @Command(name = "help", hidden = true)
  static final class Help implements CliCommand {

    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "COMMAND")
    String command;

    @Override
    public int run(Io io) throws UsageException {
      CommandLine top = spec.parent().commandLine();
      if (command == null) {
        io.out().print(HelpText.full(top));
        return Main.OK;
      }
      CommandLine sub = top.getSubcommands().get(command);
      if (sub == null) throw new UsageException(UsageErrors.unknownCommand(top, command));
      io.out().print(HelpText.of(sub));
      return Main.OK;
    }
  }

  /** {@code sockcheck version}: the same as {@code --version}. */
  @Command(name = "version", hidden = true)
  static final class Version implements CliCommand {
    @Override
    public int run(Io io) {
      io.out().println(HelpText.version());
      return Main.OK;
    }
  }
}
