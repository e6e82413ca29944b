package io.github.sockcheck.combination;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.TextEdit;
import io.github.sockcheck.core.fix.TextOffsets;
import java.util.Optional;

/**
 * The {@code set-version} quick fix in a POM: given a place the combination engine recorded as deciding a
 * dependency's version (a {@code <properties>} entry, a {@code dependencyManagement} entry, a BOM import,
 * or the {@code <dependency>} itself), the edit that writes the new version there, when the version is
 * written there literally.
 */
public final class PomVersionEdits {

  private PomVersionEdits() {}

  /**
   * @param declared where the element starts (as the engine recorded it)
   * @param groupId the dependency's group: a BOM import is only edited when it is of the same group (netty-bom
   *     for Netty), never a BOM of another project that merely pins the same version
   * @param current the version the project resolves now
   */
  public static Optional<TextEdit> at(String path, String text, Location declared, String groupId, String current,
      String newVersion) {
    XmlElement root;
    try {
      root = SafeXml.parse(text);
    } catch (SafeXml.XmlException e) {
      return Optional.empty();
    }
    XmlElement element = find(root, declared);
    if (element == null) return Optional.empty();
    TextOffsets offsets = new TextOffsets(text);
    if (element.name().equals("dependency")) {
      boolean bom = "import".equals(element.childText("scope"));
      if (bom && !groupId.equals(element.childText("groupId"))) return Optional.empty();
      return element.child("version").flatMap(v -> content(path, offsets, v, current, newVersion));
    }
    return content(path, offsets, element, current, newVersion);
  }

  private static XmlElement find(XmlElement element, Location at) {
    if (element.startLine() == at.startLine() && element.startColumn() == at.startColumn()) return element;
    for (XmlElement child : element.children()) {
      XmlElement found = find(child, at);
      if (found != null) return found;
    }
    return null;
  }

  /** Replaces the element's text when it is exactly {@code current} (whitespace around it kept). */
  private static Optional<TextEdit> content(String path, TextOffsets offsets, XmlElement element, String current,
      String newVersion) {
    String text = offsets.text();
    int start = offsets.offset(element.startLine(), element.startColumn());
    int end = offsets.offset(element.endLine(), element.endColumn());
    if (start < 0 || end < 0 || end > text.length()) return Optional.empty();
    int open = text.indexOf('>', start);
    int close = text.lastIndexOf("</", end);
    if (open < 0 || close <= open || text.charAt(open - 1) == '/') return Optional.empty();
    String inner = text.substring(open + 1, close);
    if (inner.indexOf('<') >= 0 || !inner.strip().equals(current)) return Optional.empty(); // comments, CDATA, ${...}
    int from = open + 1 + (inner.length() - inner.stripLeading().length());
    return Optional.of(new TextEdit(offsets.region(path, from, from + current.length()), newVersion));
  }
}
