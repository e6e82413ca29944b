package io.github.sockcheck.cli;

import io.github.sockcheck.core.findings.Severity;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The parsed command line of {@code sockcheck scan|rules|fix|lsp}. */
final class Arguments {

  enum Command {
    SCAN,
    RULES,
    FIX,
    LSP,
    HELP,
    VERSION
  }

  Command command;
  Path sarif;
  Path html;
  boolean failOnGiven;
  Severity failOn = Severity.WARNING; // null = never fail
  final List<Path> ruleDirs = new ArrayList<>();
  final List<String> enable = new ArrayList<>();
  final List<String> disable = new ArrayList<>();
  final List<Path> classpath = new ArrayList<>();
  Integer javaRelease;
  Path baseline;
  Path writeBaseline;
  boolean includeSuppressed;
  boolean dryRun;
  final Set<String> engines = new LinkedHashSet<>();
  Integer threads;
  Path cacheDir;
  Path root;
  Path sourceRoot;
  String category;
  final List<Path> paths = new ArrayList<>();

  /** Parses {@code args}; options may be written {@code --name value} or {@code --name=value}. */
  static Arguments parse(String[] args) throws UsageException {
    Arguments a = new Arguments();
    if (args.length == 0) throw new UsageException("no command given (try `sockcheck --help`)");
    int start = 1;
    switch (args[0]) {
      case "scan" -> a.command = Command.SCAN;
      case "rules" -> a.command = Command.RULES;
      case "fix" -> a.command = Command.FIX;
      case "lsp" -> a.command = Command.LSP;
      case "help", "--help", "-h" -> {
        a.command = Command.HELP;
        return a;
      }
      case "--version", "-V", "version" -> {
        a.command = Command.VERSION;
        return a;
      }
      default -> {
        if (args[0].startsWith("-")) {
          throw new UsageException(
              "unknown option "
                  + args[0]
                  + " before the command (commands: scan, rules, fix, lsp; try `sockcheck --help`)");
        }
        throw new UsageException(
            "unknown command: "
                + args[0]
                + " (commands: scan, rules, fix, lsp; try `sockcheck --help`)");
      }
    }
    boolean onlyPaths = false;
    for (int i = start; i < args.length; i++) {
      String arg = args[i];
      if (a.command == Command.LSP) {
        // Editors' clients may say how they talk; stdio is the only transport, so --stdio is
        // accepted.
        if (arg.equals("--stdio")) continue;
        if (arg.equals("--help") || arg.equals("-h")) {
          a.command = Command.HELP;
          return a;
        }
        throw new UsageException(
            "`lsp` takes no paths or options (the editor sends the configuration), got: " + arg);
      }
      if (onlyPaths || !arg.startsWith("-") || arg.equals("-")) {
        if (a.command == Command.RULES)
          throw new UsageException("`rules` takes no paths, got: " + arg);
        a.paths.add(Path.of(arg));
        continue;
      }
      if (arg.equals("--")) {
        onlyPaths = true;
        continue;
      }
      int eq = arg.indexOf('=');
      boolean hasInline = arg.startsWith("--") && eq > 0;
      String name = hasInline ? arg.substring(0, eq) : arg;
      String inline = hasInline ? arg.substring(eq + 1) : null;
      Value v = new Value(name, inline, args, i);
      switch (name) {
        case "--help", "-h" -> {
          a.command = Command.HELP;
          return a;
        }
        case "--version" -> {
          a.command = Command.VERSION;
          return a;
        }
        case "--rules" -> a.ruleDirs.add(Path.of(v.get()));
        case "--enable" -> splitInto(v.get(), a.enable);
        case "--disable" -> splitInto(v.get(), a.disable);
        case "--engines" -> {
          List<String> list = new ArrayList<>();
          splitInto(v.get(), list);
          a.engines.addAll(list);
        }
        case "--sarif" -> scanOnly(a, name, () -> a.sarif = Path.of(v.get()));
        case "--html" -> scanOnly(a, name, () -> a.html = Path.of(v.get()));
        case "--fail-on" ->
            scanOnly(
                a,
                name,
                () -> {
                  a.failOnGiven = true;
                  a.failOn = failOn(v.get());
                });
        case "--classpath", "-cp" ->
            scanOrFix(
                a,
                name,
                () -> {
                  for (String entry : v.get().split(File.pathSeparator))
                    if (!entry.isBlank()) a.classpath.add(Path.of(entry));
                });
        case "--java-release" -> scanOrFix(a, name, () -> a.javaRelease = positive(name, v.get()));
        case "--baseline" -> scanOrFix(a, name, () -> a.baseline = Path.of(v.get()));
        case "--write-baseline" -> scanOnly(a, name, () -> a.writeBaseline = Path.of(v.get()));
        case "--include-suppressed" ->
            scanOnly(
                a,
                name,
                () -> {
                  v.noValue();
                  a.includeSuppressed = true;
                });
        case "--threads" -> scanOrFix(a, name, () -> a.threads = positive(name, v.get()));
        case "--cache" -> scanOrFix(a, name, () -> a.cacheDir = Path.of(v.get()));
        case "--dry-run" ->
            fixOnly(
                a,
                name,
                () -> {
                  v.noValue();
                  a.dryRun = true;
                });
        case "--source-root" -> scanOnly(a, name, () -> a.sourceRoot = Path.of(v.get()));
        case "--category" -> scanOnly(a, name, () -> a.category = category(v.get()));
        case "--root" -> a.root = Path.of(v.get());
        default ->
            throw new UsageException(
                "unknown option " + name + " for `" + args[0] + "` (try `sockcheck --help`)");
      }
      i = v.next();
    }
    return a;
  }

  private interface Step {
    void run() throws UsageException;
  }

  private static void scanOnly(Arguments a, String name, Step step) throws UsageException {
    if (a.command != Command.SCAN)
      throw new UsageException("option " + name + " only applies to `scan`");
    step.run();
  }

  private static void scanOrFix(Arguments a, String name, Step step) throws UsageException {
    if (a.command != Command.SCAN && a.command != Command.FIX) {
      throw new UsageException("option " + name + " only applies to `scan` and `fix`");
    }
    step.run();
  }

  private static void fixOnly(Arguments a, String name, Step step) throws UsageException {
    if (a.command != Command.FIX)
      throw new UsageException("option " + name + " only applies to `fix`");
    step.run();
  }

  private static void splitInto(String value, List<String> out) throws UsageException {
    for (String part : value.split(",")) {
      String trimmed = part.trim();
      if (!trimmed.isEmpty()) out.add(trimmed);
    }
    if (value.isBlank()) throw new UsageException("empty list given");
  }

  private static Severity failOn(String value) throws UsageException {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "error" -> Severity.ERROR;
      case "warning" -> Severity.WARNING;
      case "note" -> Severity.NOTE;
      case "none" -> null;
      default ->
          throw new UsageException(
              "--fail-on takes error, warning, note or none, not `" + value + "`");
    };
  }

  private static String category(String value) throws UsageException {
    if (value.isBlank())
      throw new UsageException("--category needs a name, e.g. --category sockcheck");
    return value.trim();
  }

  private static int positive(String name, String value) throws UsageException {
    try {
      int n = Integer.parseInt(value.trim());
      if (n > 0) return n;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(name + " takes a positive whole number, not `" + value + "`");
  }

  /**
   * The value of the option at {@code args[index]}: inline after {@code =} or the next argument.
   */
  private static final class Value {
    private final String name;
    private final String inline;
    private final String[] args;
    private final int index;
    private boolean consumed;

    Value(String name, String inline, String[] args, int index) {
      this.name = name;
      this.inline = inline;
      this.args = args;
      this.index = index;
    }

    String get() throws UsageException {
      if (inline != null) return inline;
      if (index + 1 >= args.length
          || (args[index + 1].startsWith("--") && args[index + 1].length() > 2)) {
        throw new UsageException("option " + name + " needs a value");
      }
      consumed = true;
      return args[index + 1];
    }

    void noValue() throws UsageException {
      if (inline != null) throw new UsageException("option " + name + " takes no value");
    }

    int next() {
      return consumed ? index + 1 : index;
    }
  }
}
