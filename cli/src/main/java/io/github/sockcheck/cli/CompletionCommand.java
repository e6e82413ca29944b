package io.github.sockcheck.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sockcheck completion}: a bash/zsh completion script, generated from the commands. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a bash/zsh completion script for the command `sockcheck`.",
      "Use: source <(sockcheck completion), where `sockcheck` runs java -jar sockcheck.jar."
    })
final class CompletionCommand implements CliCommand {

  @Spec CommandSpec spec;

  @Override
  public int run(Io io) {
    io.out().print(AutoComplete.bash("sockcheck", spec.parent().commandLine()));
    return Main.OK;
  }
}
