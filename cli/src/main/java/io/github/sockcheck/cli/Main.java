package io.github.sockcheck.cli;

import io.github.sockcheck.core.report.ConsoleLine;
import io.github.sockcheck.core.report.Report;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.lsp.LanguageServerLauncher;
import io.github.sockcheck.scan.ConfigurationException;
import io.github.sockcheck.scan.ConsoleStyle;
import io.github.sockcheck.scan.InputClassifier;
import io.github.sockcheck.scan.RepositoryRoot;
import io.github.sockcheck.scan.RuleStatus;
import io.github.sockcheck.scan.ScanRequest;
import io.github.sockcheck.scan.ScanResult;
import io.github.sockcheck.scan.Sockcheck;
import io.github.sockcheck.scan.fix.FixPlan;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code java -jar sockcheck.jar scan|rules|fix|lsp|--help|--version}: a thin shell over the scan
 * API.
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
    Arguments a;
    try {
      a = Arguments.parse(args);
    } catch (UsageException e) {
      err.println("sockcheck: " + e.getMessage());
      return ERROR;
    }
    try {
      return switch (a.command) {
        case HELP -> {
          out.print(HelpText.text());
          yield OK;
        }
        case VERSION -> {
          out.println("sockcheck " + Sockcheck.VERSION);
          yield OK;
        }
        case RULES -> rules(a, out);
        case SCAN -> scan(a, out, err, interactive);
        case FIX -> fix(a, out, err, interactive);
        case LSP -> LanguageServerLauncher.run(System.in, System.out);
      };
    } catch (UsageException | ConfigurationException e) {
      err.println("sockcheck: " + e.getMessage());
      return ERROR;
    } catch (IOException e) {
      err.println("sockcheck: " + e.getMessage());
      return ERROR;
    }
  }

  private static int rules(Arguments a, PrintStream out)
      throws ConfigurationException, UsageException {
    List<RuleStatus> rules =
        Sockcheck.rules(request(a, a.root == null ? Path.of("") : a.root).build());
    int idWidth = Math.max(2, rules.stream().mapToInt(s -> s.rule().id().length()).max().orElse(2));
    int engineWidth =
        Math.max(7, rules.stream().mapToInt(s -> engines(s.rule()).length()).max().orElse(7));
    String format = "%-" + idWidth + "s  %-8s  %-" + engineWidth + "s  %-8s  %s%n";
    out.printf(Locale.ROOT, format, "id", "severity", "engines", "status", "title");
    for (RuleStatus s : rules) {
      Rule r = s.rule();
      out.printf(
          Locale.ROOT,
          format,
          r.id(),
          r.severity().name().toLowerCase(Locale.ROOT),
          engines(r),
          s.active() ? "active" : "inactive",
          r.title());
    }
    return OK;
  }

  private static String engines(Rule rule) {
    return String.join(",", rule.engines().stream().sorted().toList());
  }

  private static int scan(Arguments a, PrintStream out, PrintStream err, boolean interactive)
      throws ConfigurationException, UsageException, IOException {
    Path displayRoot = a.root == null ? Path.of("") : a.root;
    ScanResult result = runScan(a, err, interactive);
    for (ConsoleLine line : result.consoleLines(ConsoleStyle.CLI, displayRoot))
      out.println(line.text());
    result.summary().forEach(out::println);

    if (a.sarif != null) {
      try {
        result.writeSarif(a.sarif, Report.automationIdFor(a.category));
      } catch (IOException e) {
        throw new IOException("cannot write SARIF file " + a.sarif + ": " + e.getMessage(), e);
      }
    }
    if (a.html != null) {
      try {
        result.writeHtml(a.html, null);
      } catch (IOException e) {
        throw new IOException("cannot write HTML report " + a.html + ": " + e.getMessage(), e);
      }
    }
    if (a.writeBaseline != null) {
      try {
        int count = result.writeBaseline(a.writeBaseline);
        err.println("sockcheck: wrote baseline " + a.writeBaseline + " (" + count + " findings)");
      } catch (IOException e) {
        throw new IOException(
            "cannot write baseline file " + a.writeBaseline + ": " + e.getMessage(), e);
      }
      return OK;
    }
    return result.failsAt(a.failOn) ? FINDINGS : OK;
  }

  /** The scan `scan` and `fix` share: the named paths classified, the options applied. */
  private static ScanResult runScan(Arguments a, PrintStream err, boolean interactive)
      throws ConfigurationException, UsageException, IOException {
    Path displayRoot = a.root == null ? Path.of("") : a.root;
    Path root = displayRoot.toAbsolutePath().normalize();
    if (!Files.isDirectory(root))
      throw new UsageException("--root " + a.root + " is not a directory");
    List<Path> paths = a.paths.isEmpty() ? List.of(root) : a.paths;
    InputClassifier.Inputs inputs;
    try {
      inputs = InputClassifier.classify(paths);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    ScanRequest.Builder builder = inputs.addTo(request(a, root));
    builder
        .classpath(a.classpath)
        .javaRelease(a.javaRelease)
        .baseline(a.baseline)
        .includeSuppressed(a.includeSuppressed);
    if (a.threads != null) builder.threads(a.threads);
    if (a.cacheDir != null) builder.cacheDir(a.cacheDir.toAbsolutePath().normalize());
    builder.sourceRoot(
        a.sourceRoot != null ? a.sourceRoot.toAbsolutePath().normalize() : RepositoryRoot.of(root));
    ProgressLine progress = interactive ? new ProgressLine(err) : null;
    if (progress != null) builder.progress(progress);
    try {
      return Sockcheck.scan(builder.build());
    } finally {
      if (progress != null) progress.clear();
    }
  }

  /**
   * Applies the rules' quick fixes: a unified diff on standard output, the files written unless
   * --dry-run.
   */
  private static int fix(Arguments a, PrintStream out, PrintStream err, boolean interactive)
      throws ConfigurationException, UsageException, IOException {
    ScanResult result = runScan(a, err, interactive);
    FixPlan plan = FixPlan.of(result);
    out.print(plan.diff());
    int files = plan.changes().size();
    if (a.dryRun) {
      err.println(
          "sockcheck: would fix "
              + plan.fixedFindings()
              + " finding(s) in "
              + files
              + " file(s) (--dry-run: nothing written)");
      return OK;
    }
    List<String> skipped = plan.write();
    for (String path : skipped)
      err.println("sockcheck: " + path + " changed during the scan; not fixed");
    err.println(
        "sockcheck: fixed "
            + plan.fixedFindings()
            + " finding(s) in "
            + (files - skipped.size())
            + " file(s)");
    return OK;
  }

  private static ScanRequest.Builder request(Arguments a, Path root) {
    return ScanRequest.builder(root.toAbsolutePath().normalize())
        .ruleDirectories(a.ruleDirs.stream().map(p -> p.toAbsolutePath().normalize()).toList())
        .enabledRules(a.enable)
        .disabledRules(a.disable)
        .engines(a.engines);
  }
}
