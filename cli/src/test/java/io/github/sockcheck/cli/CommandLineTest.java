package io.github.sockcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The parsing picocli does for us: per-command help, typed options, one-line usage errors. */
class CommandLineTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void eachCommandsHelpListsItsOwnOptionsOnly() {
    Run scan = run("scan", "--help");
    assertEquals(0, scan.code());
    assertTrue(scan.out().startsWith("Usage: sockcheck scan "), scan.out());
    assertTrue(scan.out().contains("--sarif=FILE"), scan.out());
    assertTrue(scan.out().contains("error, warning, note, none"), scan.out());
    assertTrue(scan.out().contains("(default: warning)"), scan.out());
    assertFalse(scan.out().contains("--dry-run"), scan.out());

    Run fix = run("fix", "-h");
    assertTrue(fix.out().contains("--dry-run"), fix.out());
    assertFalse(fix.out().contains("--sarif"), fix.out());

    Run rules = run("rules", "--help");
    assertTrue(rules.out().contains("--engines=ENGINE"), rules.out());
    assertFalse(rules.out().contains("--threads"), rules.out());

    assertEquals(scan.out(), run("help", "scan").out());
  }

  @Test
  void topHelpListsTheCommands() {
    String help = run("--help").out();
    for (String command : new String[] {"scan", "rules", "fix", "lsp", "completion"})
      assertTrue(help.contains("\n  " + command + " "), "help lacks " + command + ":\n" + help);
    assertTrue(help.contains("Usage: sockcheck fix "), help);
  }

  @Test
  void aBadTypedValueIsOneLineNamingTheOptionAndExitsTwo() {
    Run r = run("scan", "--threads", "zero");
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertEquals("sockcheck: --threads takes a positive whole number, not `zero`", r.err().strip());
    Run engines = run("rules", "--engines=source,bytcode");
    assertEquals(2, engines.code());
    assertEquals(
        "sockcheck: --engines takes source, bytecode, python, combination (comma-separated), not"
            + " `bytcode`",
        engines.err().strip());
  }

  @Test
  void anOptionOfAnotherCommandSaysWhichCommandTakesIt() {
    Run r = run("scan", "--dry-run");
    assertEquals(2, r.code());
    assertEquals("sockcheck: option --dry-run only applies to `fix`", r.err().strip());
    Run typo = run("scna");
    assertEquals(2, typo.code());
    assertTrue(typo.err().startsWith("sockcheck: unknown command: scna, did you mean `scan`?"));
  }

  @Test
  void completionScriptIsGeneratedFromTheCommands() {
    Run r = run("completion");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r.out());
    assertTrue(r.out().contains("'--fail-on'"), "options of scan are completed");
    assertTrue(r.out().contains("(\"error\" \"warning\" \"note\" \"none\")"), "and their values");
  }
}
