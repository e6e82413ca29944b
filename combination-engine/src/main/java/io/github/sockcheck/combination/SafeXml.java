package io.github.sockcheck.combination;

import io.github.sockcheck.core.fix.TextOffsets;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses XML into {@link XmlElement}s with positions. DOCTYPEs are refused outright and external entities
 * and DTDs are never loaded, so a hostile POM cannot make the scan read a file or reach the network.
 */
final class SafeXml {

  /** A parse failure with the 1-based line it happened on (0 when unknown). */
  static final class XmlException extends Exception {
    final int line;

    XmlException(String message, int line, Throwable cause) {
      super(message, cause);
      this.line = line;
    }
  }

  private SafeXml() {}

  static XmlElement parse(String content) throws XmlException {
    LineIndex lines = new LineIndex(content);
    Handler handler = new Handler(lines);
    try {
      parser().parse(new InputSource(new StringReader(content)), handler);
    } catch (SAXParseException e) {
      throw new XmlException(e.getMessage(), Math.max(0, e.getLineNumber()), e);
    } catch (SAXException | IOException e) {
      throw new XmlException(e.getMessage(), 0, e);
    }
    if (handler.root == null) throw new XmlException("no root element", 0, null);
    return handler.root;
  }

  private static SAXParser parser() throws SAXException {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      SAXParser parser = factory.newSAXParser();
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return parser;
    } catch (ParserConfigurationException e) {
      throw new SAXException(e);
    }
  }

  private static final class Handler extends DefaultHandler {
    private final LineIndex lines;
    private final Deque<XmlElement> open = new ArrayDeque<>();
    private Locator locator;
    XmlElement root;

    Handler(LineIndex lines) {
      this.lines = lines;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      XmlElement element = new XmlElement(localName.isEmpty() ? qName : localName);
      // The locator stands just after the start tag's '>': walk back to its '<'.
      int after = lines.offset(locator.getLineNumber(), locator.getColumnNumber());
      int start = lines.content().lastIndexOf("<" + qName, Math.max(0, after - 1));
      int[] pos = lines.position(start < 0 ? after : start);
      element.startLine = pos[0];
      element.startColumn = pos[1];
      if (open.isEmpty()) root = element;
      else open.peek().children().add(element);
      open.push(element);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      XmlElement element = open.pop();
      element.endLine = locator.getLineNumber();
      element.endColumn = locator.getColumnNumber();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (!open.isEmpty()) open.peek().appendText(ch, start, length);
    }
  }

  /** Converts between character offsets and 1-based line/column. */
  static final class LineIndex {
    private final String content;
    private final int[] lineStarts;

    LineIndex(String content) {
      this.content = content;
      int count = 1;
      for (int i = 0; i < content.length(); i++) if (content.charAt(i) == '\n') count++;
      lineStarts = new int[count];
      int line = 1;
      for (int i = 0; i < content.length(); i++) if (content.charAt(i) == '\n') lineStarts[line++] = i + 1;
    }

    String content() {
      return content;
    }

    int offset(int line, int column) {
      if (line < 1) return 0;
      int base = lineStarts[Math.min(line, lineStarts.length) - 1];
      return Math.min(content.length(), base + Math.max(0, column - 1));
    }

    int[] position(int offset) {
      int line = TextOffsets.lineOf(lineStarts, offset);
      return new int[] {line, offset - lineStarts[line - 1] + 1};
    }
  }
}
