package io.github.sockcheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.scan.ConfigKey;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The plugin's parameters, as the generated plugin descriptor lists them, are the ones {@link
 * ConfigKey} names: every {@code sockcheck.*} user property belongs to the parameter of the same
 * name and to a key, and every key the plugin should have is there. The language server reads the
 * pom with these keys, so a renamed parameter without its key would silently stop configuring it.
 */
class ConfigKeysTest {

  /** Parameter name → its {@code ${…}} expression, over every goal of the plugin. */
  private static Map<String, String> descriptorParameters() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document descriptor;
    try (InputStream in = ConfigKeysTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
      assertNotNull(in, "the plugin descriptor is generated before the tests run");
      descriptor = f.newDocumentBuilder().parse(in);
    }
    Map<String, String> parameters = new TreeMap<>();
    NodeList configurations = descriptor.getElementsByTagName("configuration");
    for (int i = 0; i < configurations.getLength(); i++) {
      for (Node n = configurations.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e) parameters.put(e.getTagName(), e.getTextContent().strip());
      }
    }
    return parameters;
  }

  @Test
  void everyUserPropertyIsTheParameterOfTheSameNameAndAKey() throws Exception {
    Map<String, String> parameters = descriptorParameters();
    Set<String> withProperty = new TreeSet<>();
    parameters.forEach(
        (name, expression) -> {
          if (!expression.startsWith("${" + ConfigKey.Names.PROPERTY_PREFIX)) return;
          withProperty.add(name);
          ConfigKey key =
              ConfigKey.named(name)
                  .orElseThrow(() -> new AssertionError("no ConfigKey for parameter " + name));
          assertTrue(key.pluginParameter(), key + " is not marked as a plugin parameter");
          assertEquals("${" + key.property() + "}", expression, "property of " + name);
        });
    Set<String> expected =
        Arrays.stream(ConfigKey.values())
            .filter(ConfigKey::pluginParameter)
            .map(ConfigKey::key)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, withProperty, "plugin parameters with a user property vs. ConfigKey");
  }

  @Test
  void theDefaultBaselineIsTheSharedFileName() throws Exception {
    String descriptor;
    try (InputStream in = ConfigKeysTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
      descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(
        descriptor.contains(
            "default-value=\"${project.basedir}/" + ConfigKey.Names.DEFAULT_BASELINE_FILE + "\""),
        "the baseline parameter defaults to " + ConfigKey.Names.DEFAULT_BASELINE_FILE);
  }
}
