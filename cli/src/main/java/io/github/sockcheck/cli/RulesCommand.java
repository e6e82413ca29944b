package io.github.sockcheck.cli;

import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.scan.ConfigurationException;
import io.github.sockcheck.scan.RuleStatus;
import io.github.sockcheck.scan.Sockcheck;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sockcheck rules}: one line per rule: id, severity, engines, active/inactive, title. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "List the rules: id, severity, engines, active/inactive, title.")
final class RulesCommand implements CliCommand {

  @Mixin RuleOptions rules;

  @Override
  public int run(Io io) throws ConfigurationException {
    List<RuleStatus> statuses = Sockcheck.rules(rules.request(rules.displayRoot()).build());
    int idWidth =
        Math.max(2, statuses.stream().mapToInt(s -> s.rule().id().length()).max().orElse(2));
    int engineWidth =
        Math.max(7, statuses.stream().mapToInt(s -> engines(s.rule()).length()).max().orElse(7));
    String format = "%-" + idWidth + "s  %-8s  %-" + engineWidth + "s  %-8s  %s%n";
    io.out().printf(Locale.ROOT, format, "id", "severity", "engines", "status", "title");
    for (RuleStatus s : statuses) {
      Rule r = s.rule();
      io.out()
          .printf(
              Locale.ROOT,
              format,
              r.id(),
              r.severity().name().toLowerCase(Locale.ROOT),
              engines(r),
              s.active() ? "active" : "inactive",
              r.title());
    }
    return Main.OK;
  }

  private static String engines(Rule rule) {
    return String.join(",", rule.engines().stream().sorted().toList());
  }
}
