package io.github.sockcheck.lsp;

import io.github.sockcheck.scan.ConfigKey;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The {@code sockcheck-maven-plugin} configuration of the workspace's top-level pom (in {@code
 * build/plugins} or {@code build/pluginManagement/plugins}), so the editor shows what {@code mvn
 * sockcheck:verify} reports without being configured twice. Parsed without DTDs or external
 * entities; a pom that cannot be read configures nothing.
 */
final class PomSettings {

  private PomSettings() {}

  static Settings read(Path root) {
    Path pom = root.resolve("pom.xml");
    if (!Files.isRegularFile(pom)) return defaults(root);
    try {
      Element config = pluginConfiguration(parse(Files.readString(pom, StandardCharsets.UTF_8)));
      if (config == null) return defaults(root);
      List<String> ruleDirs =
          list(config, ConfigKey.RULES_DIRECTORIES).stream().map(d -> basedir(d, root)).toList();
      Settings s =
          new Settings(
              ruleDirs,
              list(config, ConfigKey.ENABLED_RULES),
              list(config, ConfigKey.DISABLED_RULES),
              basedir(text(config, ConfigKey.BASELINE), root),
              list(config, ConfigKey.ENGINES),
              basedir(text(config, ConfigKey.CACHE_DIR), root),
              List.of(),
              null,
              null);
      return s.orElse(defaults(root));
    } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
      return defaults(root);
    }
  }

  /**
   * The plugin's default baseline, {@code ${project.basedir}/sockcheck-baseline.json}, when it
   * exists.
   */
  private static Settings defaults(Path root) {
    Path baseline = root.resolve(ConfigKey.Names.DEFAULT_BASELINE_FILE);
    return new Settings(
        List.of(),
        List.of(),
        List.of(),
        Files.isRegularFile(baseline) ? baseline.toString() : null,
        List.of(),
        null,
        List.of(),
        null,
        null);
  }

  private static Document parse(String xml)
      throws ParserConfigurationException, SAXException, IOException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(null);
    return b.parse(new InputSource(new StringReader(xml)));
  }

  private static Element pluginConfiguration(Document pom) {
    NodeList plugins = pom.getElementsByTagName("plugin");
    for (int i = 0; i < plugins.getLength(); i++) {
      Element plugin = (Element) plugins.item(i);
      if (!"sockcheck-maven-plugin".equals(textOf(child(plugin, "artifactId")))) continue;
      Element config = child(plugin, "configuration");
      if (config != null) return config;
    }
    return null;
  }

  /** A list parameter: {@code <x><y>a</y><y>b</y></x>} or {@code <x>a,b</x>}. */
  private static List<String> list(Element parent, ConfigKey key) {
    List<String> out = new ArrayList<>();
    Element e = child(parent, key.key());
    if (e == null) return out;
    boolean nested = false;
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element item) {
        nested = true;
        if (!item.getTextContent().isBlank()) out.add(item.getTextContent().strip());
      }
    }
    if (!nested)
      for (String part : e.getTextContent().split(",")) if (!part.isBlank()) out.add(part.strip());
    return out;
  }

  private static String text(Element parent, ConfigKey key) {
    Element e = child(parent, key.key());
    return textOf(e);
  }

  private static String textOf(Element e) {
    return e == null || e.getTextContent().isBlank() ? null : e.getTextContent().strip();
  }

  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(e.getTagName())) return e;
    }
    return null;
  }

  private static String basedir(String value, Path root) {
    if (value == null) return null;
    return value
        .replace("${project.basedir}", root.toString())
        .replace("${basedir}", root.toString());
  }
}
