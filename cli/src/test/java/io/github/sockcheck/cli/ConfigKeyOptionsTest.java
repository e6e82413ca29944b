package io.github.sockcheck.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.scan.ConfigKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every configuration key the CLI offers is an option of {@code scan} or {@code fix}. */
class ConfigKeyOptionsTest {

  @Test
  void everyKeysCliOptionIsAnOptionOfScanOrFix() {
    CommandLine top = SockcheckCommand.commandLine();
    CommandLine scan = top.getSubcommands().get("scan");
    CommandLine fix = top.getSubcommands().get("fix");
    List<String> missing = new ArrayList<>();
    for (ConfigKey key : ConfigKey.values()) {
      key.cliOption()
          .filter(
              option ->
                  scan.getCommandSpec().findOption(option) == null
                      && fix.getCommandSpec().findOption(option) == null)
          .ifPresent(option -> missing.add(key + " " + option));
    }
    assertTrue(missing.isEmpty(), "options of no command: " + missing);
  }
}
