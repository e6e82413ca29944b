package io.github.sockcheck.cli;

import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.scan.ConfigKey;
import io.github.sockcheck.scan.ScanRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of {@code scan}, {@code fix} and {@code rules}: which rules and engines run. */
final class RuleOptions {

  @Option(
      names = ConfigKey.Names.CLI_RULES,
      paramLabel = "DIR",
      description =
          "Load extra rules from DIR (repeatable); a rule with a built-in id replaces it, `id: X` +"
              + " `disabled: true` switches X off.")
  List<Path> ruleDirs = new ArrayList<>();

  @Option(
      names = ConfigKey.Names.CLI_ENABLE,
      paramLabel = "ID",
      split = ",",
      converter = OptionConverters.RuleId.class,
      description = "Run only these rules (comma-separated, repeatable).")
  List<String> enable = new ArrayList<>();

  @Option(
      names = ConfigKey.Names.CLI_DISABLE,
      paramLabel = "ID",
      split = ",",
      converter = OptionConverters.RuleId.class,
      description = "Do not run these rules (comma-separated, repeatable).")
  List<String> disable = new ArrayList<>();

  @Option(
      names = ConfigKey.Names.CLI_ENGINES,
      paramLabel = "ENGINE",
      split = ",",
      converter = OptionConverters.Engine.class,
      completionCandidates = OptionConverters.EngineValues.class,
      description = "Comma-separated engines: ${COMPLETION-CANDIDATES} (default: all).")
  List<EngineId> engines = new ArrayList<>();

  @Option(
      names = "--root",
      paramLabel = "DIR",
      description =
          "The project root; output paths and the cache are relative to it (default: the current"
              + " directory).")
  Path root;

  /** The root as given, for output paths: the current directory when none was. */
  Path displayRoot() {
    return root == null ? Path.of("") : root;
  }

  /** A request for {@code root} with the rule and engine choices applied. */
  ScanRequest.Builder request(Path root) {
    return ScanRequest.builder(root.toAbsolutePath().normalize())
        .ruleDirectories(ruleDirs.stream().map(p -> p.toAbsolutePath().normalize()).toList())
        .enabledRules(enable)
        .disabledRules(disable)
        .engines(engines);
  }
}
