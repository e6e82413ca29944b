package io.github.sockcheck.cli;

import io.github.sockcheck.core.report.ConsoleLine;
import io.github.sockcheck.core.report.Report;
import io.github.sockcheck.scan.ConfigKey;
import io.github.sockcheck.scan.ConfigurationException;
import io.github.sockcheck.scan.ConsoleStyle;
import io.github.sockcheck.scan.FailOn;
import io.github.sockcheck.scan.ScanResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sockcheck scan}: findings on standard output, optionally SARIF, HTML, a baseline. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = "Scan PATHs (default: the root directory) and print one line per finding.",
    exitCodeListHeading = HelpText.EXIT_CODES_HEADING,
    exitCodeList = {
      "0:no finding at or above the --fail-on level (or --fail-on none, or --write-baseline)",
      "1:findings at or above the --fail-on level",
      HelpText.USAGE_EXIT_CODE
    })
final class ScanCommand implements CliCommand {

  @Option(
      names = ConfigKey.Names.CLI_SARIF,
      paramLabel = "FILE",
      description = "Also write the findings as SARIF 2.1.0 to FILE (for GitHub code scanning).")
  Path sarif;

  @Option(
      names = ConfigKey.Names.CLI_HTML,
      paramLabel = "FILE",
      description =
          "Also write a self-contained HTML report to FILE (for people: open it in a browser; it"
              + " loads nothing from the network).")
  Path html;

  @Option(
      names = ConfigKey.Names.CLI_SOURCE_ROOT,
      paramLabel = "DIR",
      description =
          "The repository root SARIF URIs are relative to (default: the nearest directory with"
              + " .git at or above the root, else the root).")
  Path sourceRoot;

  @Option(
      names = ConfigKey.Names.CLI_CATEGORY,
      paramLabel = "NAME",
      converter = OptionConverters.Category.class,
      description =
          "Write automationDetails.id \"NAME/\" into the SARIF file (default: none, so the upload"
              + " action's category input applies).")
  String category;

  @Option(
      names = ConfigKey.Names.CLI_FAIL_ON,
      paramLabel = "LEVEL",
      defaultValue = "warning",
      converter = OptionConverters.FailOnValue.class,
      completionCandidates = OptionConverters.FailOnValues.class,
      description =
          "${COMPLETION-CANDIDATES}: exit 1 when a finding is at or above LEVEL (default:"
              + " ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(
      names = "--write-baseline",
      paramLabel = "FILE",
      description = "Write every current finding to FILE as the new baseline (exit 0).")
  Path writeBaseline;

  @Option(
      names = ConfigKey.Names.CLI_INCLUDE_SUPPRESSED,
      description =
          "Keep suppressed findings in the SARIF file and the HTML report, marked as suppressed.")
  boolean includeSuppressed;

  @Mixin AnalysisOptions analysis;

  @Mixin RuleOptions rules;

  @Parameters(
      paramLabel = "PATH",
      description =
          "Directories, source files, class directories, jars and manifests to scan (the list:"
              + " `sockcheck --help`; default: the root directory).")
  List<Path> paths = new ArrayList<>();

  @Override
  public int run(Io io) throws ConfigurationException, UsageException, IOException {
    ScanResult result = analysis.scan(rules, paths, includeSuppressed, sourceRoot, io);
    for (ConsoleLine line : result.consoleLines(ConsoleStyle.CLI, rules.displayRoot()))
      io.out().println(line.text());
    result.summary().forEach(io.out()::println);

    if (sarif != null) {
      try {
        result.writeSarif(sarif, Report.automationIdFor(category));
      } catch (IOException e) {
        throw new IOException("cannot write SARIF file " + sarif + ": " + e.getMessage(), e);
      }
    }
    if (html != null) {
      try {
        result.writeHtml(html, null);
      } catch (IOException e) {
        throw new IOException("cannot write HTML report " + html + ": " + e.getMessage(), e);
      }
    }
    if (writeBaseline != null) {
      try {
        int count = result.writeBaseline(writeBaseline);
        io.err()
            .println("sockcheck: wrote baseline " + writeBaseline + " (" + count + " findings)");
      } catch (IOException e) {
        throw new IOException(
            "cannot write baseline file " + writeBaseline + ": " + e.getMessage(), e);
      }
      return Main.OK;
    }
    return failOn.fails(result) ? Main.FINDINGS : Main.OK;
  }
}
