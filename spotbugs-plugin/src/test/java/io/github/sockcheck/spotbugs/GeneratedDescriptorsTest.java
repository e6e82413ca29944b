package io.github.sockcheck.spotbugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.bytecode.plugin.PluginDescriptors;
import io.github.sockcheck.core.rules.RuleLoader;
import io.github.sockcheck.core.rules.RulePack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The plugin jar's descriptors are generated at build time from the rule pack, never by hand. */
class GeneratedDescriptorsTest {

  @Test
  void theBuildGeneratedDescriptorsForEveryBuiltInBytecodeRule() throws Exception {
    Path generated = Path.of("target/classes/findbugs.xml");
    assertTrue(Files.isRegularFile(generated), "the generator did not run at process-classes");
    String xml = Files.readString(generated);
    Matcher version = Pattern.compile("<FindbugsPlugin[^>]*\\sversion=\"([^\"]*)\"").matcher(xml);
    assertTrue(version.find(), "findbugs.xml has no plugin version");
    RulePack builtIn = new RuleLoader().loadBuiltIn();
    assertEquals(PluginDescriptors.findbugsXml(builtIn, version.group(1)), xml);
    assertTrue(Files.isRegularFile(Path.of("target/classes/messages.xml")));
  }
}
