package io.github.sockcheck.combination;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An XML element with the place it occupies in its file: from the {@code <} of the start tag to just after
 * the {@code >} of the end tag (1-based lines and columns, end column exclusive). DOM has no positions,
 * so the POM reader builds these from a SAX pass.
 */
public final class XmlElement {

  private final String name;
  private final List<XmlElement> children = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  int startLine;
  int startColumn;
  int endLine;
  int endColumn;

  XmlElement(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  public List<XmlElement> children() {
    return children;
  }

  public int startLine() {
    return startLine;
  }

  public int startColumn() {
    return startColumn;
  }

  public int endLine() {
    return endLine;
  }

  public int endColumn() {
    return endColumn;
  }

  /** The trimmed text content, "" when none. */
  public String text() {
    return text.toString().trim();
  }

  void appendText(char[] ch, int start, int length) {
    text.append(ch, start, length);
  }

  public Optional<XmlElement> child(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).findFirst();
  }

  public List<XmlElement> children(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).toList();
  }

  /** The element at the end of a path of child names, e.g. {@code "build", "plugins"}. */
  public Optional<XmlElement> path(String... names) {
    XmlElement current = this;
    for (String n : names) {
      Optional<XmlElement> next = current.child(n);
      if (next.isEmpty()) return Optional.empty();
      current = next.get();
    }
    return Optional.of(current);
  }

  /** The text of a child, or null when it is absent or empty. */
  public String childText(String childName) {
    return child(childName).map(XmlElement::text).filter(t -> !t.isEmpty()).orElse(null);
  }
}
