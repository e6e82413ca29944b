package io.github.sockcheck.cli;

import io.github.sockcheck.lsp.LanguageServerLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sockcheck lsp}: the language server on standard input/output. */
@Command(
    name = "lsp",
    mixinStandardHelpOptions = true,
    description = {
      "Language server on standard input/output, for editors.",
      "It takes no paths or options: the editor sends the workspace and settings."
    })
final class LspCommand implements CliCommand {

  /** Editors' clients may say how they talk; stdio is the only transport. */
  @Option(names = "--stdio", hidden = true)
  boolean stdio;

  @Override
  public int run(Io io) {
    // The protocol owns the process's streams, not the ones run() was given.
    return LanguageServerLauncher.run(System.in, System.out);
  }
}
