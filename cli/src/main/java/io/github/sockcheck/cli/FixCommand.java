package io.github.sockcheck.cli;

import io.github.sockcheck.scan.ConfigKey;
import io.github.sockcheck.scan.ConfigurationException;
import io.github.sockcheck.scan.ScanResult;
import io.github.sockcheck.scan.fix.FixPlan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sockcheck fix}: applies the rules' quick fixes; a unified diff on standard output, the
 * files written unless --dry-run.
 */
@Command(
    name = "fix",
    mixinStandardHelpOptions = true,
    description = {
      "Apply the rules' quick fixes to the files under PATHs and print a unified diff.",
      "A fix is applied only when it is certain (its condition holds, the call is found, the file"
          + " parses before and after); a file is never left unparseable, and running `fix` twice"
          + " changes nothing more."
    },
    exitCodeListHeading = HelpText.EXIT_CODES_HEADING,
    exitCodeList = {
      "0:the fixes were applied (or, with --dry-run, printed)",
      HelpText.USAGE_EXIT_CODE
    })
final class FixCommand implements CliCommand {

  @Option(names = ConfigKey.Names.CLI_DRY_RUN, description = "Print the diff, write nothing.")
  boolean dryRun;

  @Mixin AnalysisOptions analysis;

  @Mixin RuleOptions rules;

  @Parameters(paramLabel = "PATH", description = "What to fix (default: the root directory).")
  List<Path> paths = new ArrayList<>();

  @Override
  public int run(Io io) throws ConfigurationException, UsageException, IOException {
    ScanResult result = analysis.scan(rules, paths, false, null, io);
    FixPlan plan = FixPlan.of(result);
    io.out().print(plan.diff());
    int files = plan.changes().size();
    if (dryRun) {
      io.err()
          .println(
              "sockcheck: would fix "
                  + plan.fixedFindings()
                  + " finding(s) in "
                  + files
                  + " file(s) (--dry-run: nothing written)");
      return Main.OK;
    }
    List<String> skipped = plan.write();
    for (String path : skipped)
      io.err().println("sockcheck: " + path + " changed during the scan; not fixed");
    io.err()
        .println(
            "sockcheck: fixed "
                + plan.fixedFindings()
                + " finding(s) in "
                + (files - skipped.size())
                + " file(s)");
    return Main.OK;
  }
}
