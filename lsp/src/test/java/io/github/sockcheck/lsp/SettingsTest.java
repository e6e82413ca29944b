package io.github.sockcheck.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

  @TempDir Path root;

  @Test
  void fromTheEditorNestedOrNotWithBadValuesIgnored() {
    Settings s =
        Settings.fromJson(
            JsonParser.parseString(
                """
        {"sockcheck": {"rulesDirectories": ["my-rules"], "disabledRules": "a, b", "javaRelease": "17",
                       "baseline": 3, "diagnostics": "workspace", "engines": [1, "source"]}}
        """));
    assertEquals(List.of("my-rules"), s.rulesDirectories());
    assertEquals(List.of("a", "b"), s.disabledRules());
    assertEquals(17, s.javaRelease());
    assertEquals("3", s.baseline(), "a number is read as its text");
    assertTrue(s.workspaceDiagnostics());
    assertEquals(List.of("1", "source"), s.engines());
    assertEquals(Settings.NONE, Settings.fromJson(null));
    assertEquals(Settings.NONE, Settings.fromJson(JsonParser.parseString("[1]")));
  }

  @Test
  void theEditorFirstThenThePomsPluginConfiguration() throws Exception {
    Files.writeString(
        root.resolve("pom.xml"),
        """
        <project><build><plugins><plugin>
          <groupId>io.github.sockcheck</groupId><artifactId>sockcheck-maven-plugin</artifactId>
          <configuration>
            <rulesDirectories><rulesDirectory>${project.basedir}/team-rules</rulesDirectory></rulesDirectories>
            <disabledRules>raw-socket-sentinel,apr-unspec-socket-create</disabledRules>
            <baseline>${project.basedir}/accepted.json</baseline>
          </configuration>
        </plugin></plugins></build></project>
        """);
    Settings pom = PomSettings.read(root);
    assertEquals(List.of(root + "/team-rules"), pom.rulesDirectories());
    assertEquals(List.of("raw-socket-sentinel", "apr-unspec-socket-create"), pom.disabledRules());
    assertEquals(root + "/accepted.json", pom.baseline());
    Settings editor = Settings.fromJson(JsonParser.parseString("{\"disabledRules\": [\"x\"]}"));
    Settings merged = editor.orElse(pom);
    assertEquals(List.of("x"), merged.disabledRules());
    assertEquals(pom.rulesDirectories(), merged.rulesDirectories());
  }

  @Test
  void aHostileOrMissingPomConfiguresNothing() throws Exception {
    assertEquals(Settings.NONE, PomSettings.read(root));
    Files.writeString(
        root.resolve("pom.xml"),
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><project>&e;</project>");
    assertEquals(Settings.NONE, PomSettings.read(root));
    Files.writeString(root.resolve("sockcheck-baseline.json"), "{}");
    assertEquals(
        root.resolve("sockcheck-baseline.json").toString(),
        PomSettings.read(root).baseline(),
        "the plugin's default baseline");
  }
}
