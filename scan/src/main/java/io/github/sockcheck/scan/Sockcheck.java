package io.github.sockcheck.scan;

import io.github.sockcheck.core.rules.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/** The one entry point every shell (Maven plugin, CLI, tests) scans through. */
public final class Sockcheck {

  /** sockcheck's version, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static final String VERSION = readVersion();

  private Sockcheck() {}

  /**
   * Runs one scan: loads and selects the rules, runs the chosen engines, matches their facts
   * against the rules, merges what several engines found, applies in-source suppressions and the
   * baseline.
   *
   * @throws ConfigurationException for a malformed rule file, an unknown rule id, or an unreadable
   *     baseline
   */
  public static ScanResult scan(ScanRequest request) throws ConfigurationException {
    return new ScanPipeline(request).run();
  }

  /**
   * Every rule of the pack (built-in and the request's rule directories) and whether a scan would
   * run it.
   */
  public static List<RuleStatus> rules(ScanRequest request) throws ConfigurationException {
    List<Rule> all = RuleSource.load(request);
    List<Rule> selected = RuleSource.select(all, request.enabledRules(), request.disabledRules());
    Set<String> engines = ScanPipeline.chooseEngines(request.engines());
    List<RuleStatus> out = new ArrayList<>();
    for (Rule rule : all) {
      boolean active =
          selected.contains(rule) && rule.engines().stream().anyMatch(engines::contains);
      out.add(new RuleStatus(rule, active));
    }
    out.sort((a, b) -> a.rule().id().compareTo(b.rule().id()));
    return out;
  }

  private static String readVersion() {
    try (InputStream in = Sockcheck.class.getResourceAsStream("version.properties")) {
      if (in == null) return "0.0.0";
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "0.0.0");
      return v.startsWith("${") ? "0.0.0" : v;
    } catch (IOException e) {
      return "0.0.0";
    }
  }
}
