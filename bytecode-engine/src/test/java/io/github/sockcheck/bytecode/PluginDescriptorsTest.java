package io.github.sockcheck.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.bytecode.plugin.PluginDescriptorGenerator;
import io.github.sockcheck.bytecode.plugin.PluginDescriptors;
import io.github.sockcheck.core.rules.RulePack;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** findbugs.xml / messages.xml come from the rule pack: one bug pattern per bytecode call rule. */
class PluginDescriptorsTest {

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void onePatternPerRuleWithCweAndMessages() throws Exception {
    RulePack pack =
        TestContexts.pack("test-rule", "  calls:\n    - {owner: \"*\", member: socket}\n");
    Document findbugs = parse(PluginDescriptors.findbugsXml(pack, "1.2.3"));
    Element plugin = findbugs.getDocumentElement();
    assertEquals("io.github.sockcheck.spotbugs", plugin.getAttribute("pluginid"));
    assertEquals("1.2.3", plugin.getAttribute("version"));
    Element detector = (Element) findbugs.getElementsByTagName("Detector").item(0);
    assertEquals("SOCKCHECK_test-rule", detector.getAttribute("reports"));
    Element pattern = (Element) findbugs.getElementsByTagName("BugPattern").item(0);
    assertEquals("SOCKCHECK_test-rule", pattern.getAttribute("type"));
    assertEquals("SOCKCHECK", pattern.getAttribute("abbrev"));
    assertEquals("CORRECTNESS", pattern.getAttribute("category"));

    Document messages = parse(PluginDescriptors.messagesXml(pack));
    Element described = (Element) messages.getElementsByTagName("BugPattern").item(0);
    assertEquals("SOCKCHECK_test-rule", described.getAttribute("type"));
    assertEquals(
        "Test rule test-rule",
        described.getElementsByTagName("ShortDescription").item(0).getTextContent());
    assertTrue(
        described
            .getElementsByTagName("Details")
            .item(0)
            .getTextContent()
            .contains("https://example.org/test"));
    assertEquals(1, messages.getElementsByTagName("BugCode").getLength());
  }

  @Test
  void anEmptyPackStillGivesValidDescriptors() throws Exception {
    Path out = Path.of("target/test-work/descriptors").toAbsolutePath();
    PluginDescriptorGenerator.generate(new RulePack(List.of()), out, "0");
    Document findbugs = parse(Files.readString(out.resolve("findbugs.xml")));
    assertEquals(0, findbugs.getElementsByTagName("BugPattern").getLength());
    assertEquals(1, findbugs.getElementsByTagName("Detector").getLength());
    parse(Files.readString(out.resolve("messages.xml")));
  }
}
