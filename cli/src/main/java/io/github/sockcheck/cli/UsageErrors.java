package io.github.sockcheck.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Picocli's parse errors as one line that says what is wrong and what to try. */
final class UsageErrors {

  private UsageErrors() {}

  static String message(ParameterException e) {
    CommandLine command = e.getCommandLine();
    ArgSpec arg = e.getArgSpec();
    if (e.getCause() instanceof TypeConversionException bad && arg instanceof OptionSpec option)
      return option.longestName() + " " + bad.getMessage();
    if (e instanceof MissingParameterException missing) {
      List<ArgSpec> args = missing.getMissing();
      ArgSpec first = args == null || args.isEmpty() ? arg : args.get(0);
      if (first instanceof OptionSpec option)
        return "option " + option.longestName() + " needs a value";
    }
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty())
      return unmatched(command, unmatched.getUnmatched().get(0));
    return e.getMessage();
  }

  private static String unmatched(CommandLine command, String arg) {
    CommandLine top = top(command);
    String name = command.getCommandName();
    boolean option = arg.startsWith("-") && !arg.equals("-");
    if (command == top) {
      if (option)
        return "unknown option "
            + arg
            + " before the command (commands: "
            + commands(top)
            + "; try `sockcheck --help`)";
      return unknownCommand(top, arg);
    }
    if (name.equals("lsp"))
      return "`lsp` takes no paths or options (the editor sends the configuration), got: " + arg;
    if (!option) return "`" + name + "` takes no paths, got: " + arg;
    String optionName = arg.startsWith("--") && arg.contains("=") ? arg.split("=", 2)[0] : arg;
    List<String> others =
        top.getSubcommands().values().stream()
            .filter(c -> c.getCommandSpec().findOption(optionName) != null)
            .map(c -> "`" + c.getCommandName() + "`")
            .toList();
    if (!others.isEmpty())
      return "option " + optionName + " only applies to " + String.join(" and ", others);
    return "unknown option "
        + optionName
        + " for `"
        + name
        + "` (try `sockcheck "
        + name
        + " --help`)";
  }

  /** "unknown command: X, did you mean `Y`? (commands: ...)". */
  static String unknownCommand(CommandLine top, String word) {
    List<String> close =
        new UnmatchedArgumentException(top, List.of(word))
            .getSuggestions().stream().limit(1).toList();
    return "unknown command: "
        + word
        + (close.isEmpty() ? "" : ", did you mean `" + close.get(0) + "`?")
        + " (commands: "
        + commands(top)
        + "; try `sockcheck --help`)";
  }

  private static String commands(CommandLine top) {
    Map<String, CommandLine> subs = top.getSubcommands();
    return subs.entrySet().stream()
        .filter(s -> !s.getValue().getCommandSpec().usageMessage().hidden())
        .map(Map.Entry::getKey)
        .collect(Collectors.joining(", "));
  }

  private static CommandLine top(CommandLine command) {
    CommandLine c = command;
    while (c.getParent() != null) c = c.getParent();
    return c;
  }
}
