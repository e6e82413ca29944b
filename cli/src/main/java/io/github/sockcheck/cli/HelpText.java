package io.github.sockcheck.cli;

import java.util.Locale;

/** The text of {@code sockcheck --help}. */
final class HelpText {

  private HelpText() {}

  static final String TEXT =
      """
      sockcheck: finds socket-from-fd / raw-socket family and protocol bugs and broken
      library/runtime version combinations in Java and Python projects.

      Usage:
        sockcheck scan [OPTIONS] [PATH...]   scan PATHs (default: the root directory)
        sockcheck rules [OPTIONS]            list the rules: id, severity, engines, active/inactive, title
        sockcheck fix [--dry-run] [OPTIONS] [PATH...]
                                             apply the rules' quick fixes to the files under PATHs;
                                             prints a unified diff (--dry-run: prints it, writes nothing)
        sockcheck lsp                        language server on standard input/output (for editors; the
                                             editor sends the workspace and settings)
        sockcheck --help | -h                print this help
        sockcheck --version                  print the version

      PATHs may be directories (walked; target/, .git/, node_modules/, .venv/ are skipped), Java source
      files, class directories, jars, and build or deployment files: pom.xml, requirements*.txt,
      pyproject.toml, Pipfile, Pipfile.lock, poetry.lock, uv.lock, setup.cfg, .python-version,
      runtime.txt, Dockerfile*, Procfile, gunicorn*.py, *.conf.py, *.sh, docker-compose*.yml,
      compose*.yaml, and saved `mvn dependency:list` / `dependency:tree` outputs (*.txt).

      Options of `scan`:
        --sarif FILE            also write the findings as SARIF 2.1.0 to FILE (for GitHub code scanning)
        --html FILE             also write a self-contained HTML report to FILE (for people: open it
                                in a browser; it loads nothing from the network)
        --source-root DIR       the repository root SARIF URIs are relative to (default: the nearest
                                directory with .git at or above the root, else the root)
        --category NAME         write automationDetails.id "NAME/" into the SARIF file (default: none,
                                so the upload action's category input applies)
        --fail-on LEVEL         error, warning, note or none: exit 1 when a finding is at or above LEVEL
                                (default: warning)
        --classpath CP          compile classpath for type resolution (entries separated by '%s')
        --java-release N        the Java release the code targets (for version-dependent rules)
        --baseline FILE         findings listed in this baseline file are accepted: reported as
                                unchanged, not failed on
        --write-baseline FILE   write every current finding to FILE as the new baseline (exit 0)
        --include-suppressed    keep suppressed findings in the SARIF file and the HTML report, marked
                                as suppressed
        --threads N             worker threads (default: the number of processors)
        --cache DIR             keep per-file results in DIR and re-analyse only changed files (and
                                files that resolve names against them) on the next scan; a cache made
                                by another version, rule set or classpath is rebuilt. Paths inside are
                                relative to the root, so a CI cache restored elsewhere stays valid
      Options of `scan` and `fix`: --classpath, --java-release, --baseline, --threads, --cache (above).
      A fix is applied only when it is certain (its condition holds, the call is found, the file parses
      before and after); a file is never left unparseable, and running `fix` twice changes nothing more.

      Options of `scan`, `fix` and `rules`:
        --rules DIR             load extra rules from DIR (repeatable); a rule with a built-in id
                                replaces it, `id: X` + `disabled: true` switches X off
        --enable ID[,ID]        run only these rules (repeatable)
        --disable ID[,ID]       do not run these rules (repeatable)
        --engines LIST          comma-separated engines: source, bytecode, python, combination
                                (default: all)
        --root DIR              the project root; output paths and the cache are relative to it
                                (default: the current directory)
      Options may also be written --name=value; `--` ends the options.

      Output: one line per finding, `path:line:column: level: message [rule-id]`, then a summary, on
      standard output. Suppress a finding with `// sockcheck:ignore <rule-id> -- <reason>` (`#` in
      Python and manifests) on or above its line, or @SuppressWarnings("sockcheck:<rule-id>") in Java.

      Exit codes:
        0  no finding at or above the --fail-on level (or --fail-on none, or --write-baseline);
           `fix`: the fixes were applied (or, with --dry-run, printed)
        1  findings at or above the --fail-on level
        2  usage or configuration error (unknown option, unknown rule id, bad rule file, unreadable
           baseline, a PATH that does not exist, an output file that cannot be written); the message
           on standard error names the problem
      """;

  static String text() {
    return String.format(Locale.ROOT, TEXT, java.io.File.pathSeparator);
  }
}
