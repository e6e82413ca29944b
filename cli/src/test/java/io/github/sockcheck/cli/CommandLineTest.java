package io.github.sockcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The parsing picocli does for us: per-command help, typed options, one-line usage errors. */
class CommandLineTest {

  @Test
  void eachCommandsHelpListsItsOwnOptionsOnly() {
    CliRun scan = CliRun.of("scan", "--help");
    assertEquals(0, scan.code());
    assertTrue(scan.out().startsWith("Usage: sockcheck scan "), scan.out());
    assertTrue(scan.out().contains("--sarif=FILE"), scan.out());
    assertTrue(scan.out().contains("error, warning, note, none"), scan.out());
    assertTrue(scan.out().contains("(default: warning)"), scan.out());
    assertFalse(scan.out().contains("--dry-run"), scan.out());

    CliRun fix = CliRun.of("fix", "-h");
    assertTrue(fix.out().contains("--dry-run"), fix.out());
    assertFalse(fix.out().contains("--sarif"), fix.out());

    CliRun rules = CliRun.of("rules", "--help");
    assertTrue(rules.out().contains("--engines=ENGINE"), rules.out());
    assertFalse(rules.out().contains("--threads"), rules.out());

    assertEquals(scan.out(), CliRun.of("help", "scan").out());
  }

  @Test
  void topHelpListsTheCommands() {
    String help = CliRun.of("--help").out();
    for (String command : new String[] {"scan", "rules", "fix", "lsp", "completion"})
      assertTrue(help.contains("\n  " + command + " "), "help lacks " + command + ":\n" + help);
    assertTrue(help.contains("Usage: sockcheck fix "), help);
  }

  @Test
  void aBadTypedValueIsOneLineNamingTheOptionAndExitsTwo() {
    CliRun r = CliRun.of("scan", "--threads", "zero");
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertEquals("sockcheck: --threads takes a positive whole number, not `zero`", r.err().strip());
    CliRun engines = CliRun.of("rules", "--engines=source,bytcode");
    assertEquals(2, engines.code());
    assertEquals(
        "sockcheck: --engines takes source, bytecode, python, combination (comma-separated), not"
            + " `bytcode`",
        engines.err().strip());
  }

  @Test
  void anOptionOfAnotherCommandSaysWhichCommandTakesIt() {
    CliRun r = CliRun.of("scan", "--dry-run");
    assertEquals(2, r.code());
    assertEquals("sockcheck: option --dry-run only applies to `fix`", r.err().strip());
    CliRun typo = CliRun.of("scna");
    assertEquals(2, typo.code());
    assertTrue(typo.err().startsWith("sockcheck: unknown command: scna, did you mean `scan`?"));
  }

  @Test
  void completionScriptIsGeneratedFromTheCommands() {
    CliRun r = CliRun.of("completion");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r.out());
    assertTrue(r.out().contains("'--fail-on'"), "options of scan are completed");
    assertTrue(r.out().contains("(\"error\" \"warning\" \"note\" \"none\")"), "and their values");
  }
}
