package io.github.sockcheck.combination;

import io.github.sockcheck.core.fix.TextOffsets;
import java.io.IOException;
import java.io.StringReader;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputSource;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3ReaderEx;
import org.codehaus.plexus.util.xml.pull.MXParser;
import org.codehaus.plexus.util.xml.pull.XmlPullParser;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;

/**
 * A POM read with Maven's own model reader ({@link MavenXpp3ReaderEx}), which records where each
 * element starts, and the text it was read from, which tells where that element ends (the reader
 * records starts only). A DOCTYPE is refused before Maven's reader sees the text, so no entity a
 * hostile POM declares is ever expanded or loaded: the scan cannot be made to read a file or reach
 * the network.
 */
final class PomDocument {

  /** A parse failure with the 1-based line it happened on (0 when unknown). */
  static final class XmlException extends Exception {
    final int line;

    XmlException(String message, int line, Throwable cause) {
      super(message, cause);
      this.line = line;
    }
  }

  /**
   * An element's place: from the {@code <} of its start tag to just after its end tag (end column
   * exclusive).
   */
  record Span(int startLine, int startColumn, int endLine, int endColumn, int start, int end) {}

  final Model model;

  /** The name of the document's root element ({@code project} for a POM). */
  final String rootName;

  private final String text;
  private final TextOffsets lines;

  private PomDocument(Model model, String rootName, String text) {
    this.model = model;
    this.rootName = rootName;
    this.text = text;
    this.lines = new TextOffsets(text);
  }

  static PomDocument parse(String content) throws XmlException {
    String root = rootElement(content);
    try {
      // Lenient, as Maven falls back to: an unknown element is no reason to skip a project's
      // dependencies.
      Model model =
          new MavenXpp3ReaderEx().read(new StringReader(content), false, new InputSource());
      return new PomDocument(model, root, content);
    } catch (XmlPullParserException e) {
      throw new XmlException(e.getMessage(), Math.max(0, e.getLineNumber()), e);
    } catch (IOException | RuntimeException e) {
      throw new XmlException(String.valueOf(e.getMessage()), 0, e);
    }
  }

  /** The root element's name, after refusing a DOCTYPE in the prolog. */
  private static String rootElement(String content) throws XmlException {
    MXParser prolog = new MXParser();
    try {
      prolog.setInput(new StringReader(content));
      for (int event = prolog.nextToken();
          event != XmlPullParser.END_DOCUMENT;
          event = prolog.nextToken()) {
        if (event == XmlPullParser.DOCDECL) {
          throw new XmlException("DOCTYPE is not allowed in a POM", prolog.getLineNumber(), null);
        }
        if (event == XmlPullParser.START_TAG) return prolog.getName();
      }
    } catch (XmlPullParserException e) {
      throw new XmlException(e.getMessage(), Math.max(0, e.getLineNumber()), e);
    } catch (IOException e) {
      throw new XmlException(e.getMessage(), 0, e);
    }
    throw new XmlException("no root element", 0, null);
  }

  /**
   * The element {@code name} whose start tag Maven's reader located at {@code at} (just after its
   * {@code >}).
   */
  Span span(InputLocation at, String name) {
    int after = offset(at.getLineNumber(), at.getColumnNumber());
    int start = text.lastIndexOf("<" + name, Math.max(0, after - 1));
    return spanFrom(start < 0 ? after : start, name);
  }

  /**
   * The element whose start tag ends just before this line and column (where Maven's reader locates
   * an element), null when no start tag ends there.
   */
  Span spanOfTagEndingAt(int line, int column) {
    int after = offset(line, column);
    if (after < 1 || text.charAt(after - 1) != '>') return null;
    int start = text.lastIndexOf('<', after - 1);
    String name = start < 0 ? null : nameAt(start);
    return name == null || name.startsWith("/") ? null : spanFrom(start, name);
  }

  /** The element whose {@code <} is at this line and column, null when none starts there. */
  Span spanAt(int line, int column) {
    String name = nameAt(line, column);
    return name == null ? null : spanFrom(offset(line, column), name);
  }

  private Span spanFrom(int start, String name) {
    int tagEnd = endOfTag(start);
    int end = text.charAt(tagEnd - 2) == '/' ? tagEnd : endOfElement(name, tagEnd);
    int[] from = lines.position(start);
    int[] to = lines.position(end);
    return new Span(from[0], from[1], to[0], to[1], start, end);
  }

  /**
   * The name of the element whose {@code <} is at this line and column, null when none starts
   * there.
   */
  String nameAt(int line, int column) {
    return nameAt(offset(line, column));
  }

  private String nameAt(int at) {
    if (at >= text.length() || text.charAt(at) != '<') return null;
    int end = at + 1;
    while (end < text.length() && !isTagEnd(text.charAt(end))) end++;
    return text.substring(at + 1, end);
  }

  String text() {
    return text;
  }

  /**
   * Just after the {@code >} of the tag starting at {@code from}, quoted attribute values skipped.
   */
  private int endOfTag(int from) {
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
    }
    return text.length();
  }

  /**
   * Just after the end tag that closes an element {@code name} whose content starts at {@code
   * from}.
   */
  private int endOfElement(String name, int from) {
    int depth = 1;
    int i = from;
    while (true) {
      int lt = text.indexOf('<', i);
      if (lt < 0) return text.length();
      if (text.startsWith("<!--", lt)) {
        i = skipPast("-->", lt);
      } else if (text.startsWith("<![CDATA[", lt)) {
        i = skipPast("]]>", lt);
      } else if (text.startsWith("<?", lt)) {
        i = skipPast("?>", lt);
      } else if (names(lt + 2, name) && text.startsWith("</", lt)) {
        int close = endOfTag(lt);
        if (--depth == 0) return close;
        i = close;
      } else if (names(lt + 1, name)) {
        int close = endOfTag(lt);
        if (text.charAt(close - 2) != '/') depth++;
        i = close;
      } else {
        i = lt + 1;
      }
    }
  }

  private boolean names(int at, String name) {
    return text.startsWith(name, at)
        && (at + name.length() >= text.length() || isTagEnd(text.charAt(at + name.length())));
  }

  private static boolean isTagEnd(char c) {
    return c == '>' || c == '/' || Character.isWhitespace(c);
  }

  private int skipPast(String marker, int from) {
    int at = text.indexOf(marker, from);
    return at < 0 ? text.length() : at + marker.length();
  }

  /**
   * The offset of a 1-based line and column Maven's reader gave, clamped into the text (a position
   * past the end of a line or the text is where the text ends).
   */
  private int offset(int line, int column) {
    if (line < 1) return 0;
    int base = lines.lineStart(Math.min(line, lines.lineCount()));
    return Math.min(text.length(), base + Math.max(0, column - 1));
  }
}
