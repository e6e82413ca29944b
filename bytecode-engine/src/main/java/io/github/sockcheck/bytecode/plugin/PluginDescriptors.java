package io.github.sockcheck.bytecode.plugin;

import io.github.sockcheck.bytecode.detector.SockcheckCallDetector;
import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.core.rules.Rule;
import io.github.sockcheck.core.rules.RuleKind;
import io.github.sockcheck.core.rules.RulePack;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Renders the SpotBugs plugin descriptors ({@code findbugs.xml}, {@code messages.xml}) from a rule
 * pack: one bug pattern {@code SOCKCHECK_<id>} per call rule that runs in the bytecode engine.
 */
public final class PluginDescriptors {

  public static final String PLUGIN_ID = "io.github.sockcheck.spotbugs";
  public static final String BUG_CODE = "SOCKCHECK";
  public static final String BUG_TYPE_PREFIX = "SOCKCHECK_";
  private static final String WEBSITE = "https://github.com/sockcheck/sockcheck";

  private PluginDescriptors() {}

  /** The rules that become bug patterns, in id order. */
  public static List<Rule> bytecodeRules(RulePack pack) {
    return pack.rules().stream()
        .filter(r -> r.kind() == RuleKind.CALL && r.call() != null && r.runsIn(EngineId.BYTECODE))
        .toList();
  }

  public static String findbugsXml(RulePack pack, String version) {
    List<Rule> rules = bytecodeRules(pack);
    return write(
        xml -> {
          xml.writeStartElement("FindbugsPlugin");
          xml.writeAttribute("pluginid", PLUGIN_ID);
          xml.writeAttribute("provider", "sockcheck");
          xml.writeAttribute("website", WEBSITE);
          xml.writeAttribute("version", version);
          xml.writeAttribute("defaultenabled", "true");
          text(xml, "\n  ");
          xml.writeEmptyElement("Detector");
          xml.writeAttribute("class", SockcheckCallDetector.class.getName());
          xml.writeAttribute(
              "reports",
              rules.stream().map(r -> BUG_TYPE_PREFIX + r.id()).collect(Collectors.joining(",")));
          xml.writeAttribute("speed", "fast");
          for (Rule rule : rules) {
            text(xml, "\n  ");
            xml.writeEmptyElement("BugPattern");
            xml.writeAttribute("type", BUG_TYPE_PREFIX + rule.id());
            xml.writeAttribute("abbrev", BUG_CODE);
            xml.writeAttribute("category", "CORRECTNESS");
            if (rule.cwe() != null)
              xml.writeAttribute("cweid", rule.cwe().replaceFirst("(?i)^CWE-", ""));
          }
          text(xml, "\n");
          xml.writeEndElement();
        });
  }

  public static String messagesXml(RulePack pack) {
    List<Rule> rules = bytecodeRules(pack);
    return write(
        xml -> {
          xml.writeStartElement("MessageCollection");
          text(xml, "\n  ");
          xml.writeStartElement("Plugin");
          element(xml, "ShortDescription", "sockcheck socket family/protocol checks");
          cdataElement(
              xml,
              "Details",
              "<p>Finds sockets rebuilt from a file descriptor or created raw while the "
                  + "family or protocol is omitted or a sentinel. Rules: "
                  + WEBSITE
                  + "</p>");
          xml.writeEndElement();
          text(xml, "\n  ");
          xml.writeStartElement("Detector");
          xml.writeAttribute("class", SockcheckCallDetector.class.getName());
          cdataElement(
              xml,
              "Details",
              "<p>Extracts socket-related call sites and matches them against the sockcheck rules.</p>");
          xml.writeEndElement();
          for (Rule rule : rules) {
            text(xml, "\n  ");
            xml.writeStartElement("BugPattern");
            xml.writeAttribute("type", BUG_TYPE_PREFIX + rule.id());
            element(xml, "ShortDescription", rule.title());
            // {2} is the finding message (see PluginModeReporter's annotation order), {1} the
            // method.
            element(xml, "LongDescription", "{2} in {1}");
            cdataElement(xml, "Details", RuleHtml.details(rule));
            xml.writeEndElement();
          }
          text(xml, "\n  ");
          xml.writeStartElement("BugCode");
          xml.writeAttribute("abbrev", BUG_CODE);
          xml.writeCharacters("sockcheck socket checks");
          xml.writeEndElement();
          text(xml, "\n");
          xml.writeEndElement();
        });
  }

  private interface XmlBody {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private static String write(XmlBody body) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      text(xml, "\n");
      body.write(xml);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return out + "\n";
  }

  private static void text(XMLStreamWriter xml, String text) throws XMLStreamException {
    xml.writeCharacters(text);
  }

  private static void element(XMLStreamWriter xml, String name, String content)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(content);
    xml.writeEndElement();
  }

  private static void cdataElement(XMLStreamWriter xml, String name, String html)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCData(html.replace("]]>", "]]&gt;"));
    xml.writeEndElement();
  }
}
