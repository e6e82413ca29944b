package io.github.sockcheck.combination;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.TextEdit;
import io.github.sockcheck.core.fix.TextOffsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Model;

/**
 * The {@code set-version} quick fix in a POM: given a place the combination engine recorded as
 * deciding a dependency's version (a {@code <properties>} entry, a {@code dependencyManagement}
 * entry, a BOM import, or the {@code <dependency>} itself), the edit that writes the new version
 * there, when the version is written there literally.
 */
public final class PomVersionEdits {

  private PomVersionEdits() {}

  /**
   * @param declared where the element starts (as the engine recorded it)
   * @param groupId the dependency's group: a BOM import is only edited when it is of the same group
   *     (netty-bom for Netty), never a BOM of another project that merely pins the same version
   * @param current the version the project resolves now
   */
  public static Optional<TextEdit> at(
      String path,
      String text,
      Location declared,
      String groupId,
      String current,
      String newVersion) {
    PomDocument document;
    try {
      document = PomDocument.parse(text);
    } catch (PomDocument.XmlException e) {
      return Optional.empty();
    }
    PomDocument.Span element = document.spanAt(declared.startLine(), declared.startColumn());
    if (element == null) return Optional.empty();
    TextOffsets offsets = new TextOffsets(text);
    if (!"dependency".equals(document.nameAt(declared.startLine(), declared.startColumn()))) {
      return content(path, offsets, element, current, newVersion);
    }
    for (Dependency dependency : dependencies(document.model)) {
      InputLocation at = dependency.getLocation("");
      if (at == null || !document.span(at, "dependency").equals(element)) continue;
      boolean bom = "import".equals(dependency.getScope());
      if (bom && !groupId.equals(dependency.getGroupId())) return Optional.empty();
      InputLocation version = dependency.getLocation("version");
      if (version == null) return Optional.empty();
      return content(path, offsets, document.span(version, "version"), current, newVersion);
    }
    return Optional.empty();
  }

  private static List<Dependency> dependencies(Model model) {
    List<Dependency> all = new ArrayList<>(model.getDependencies());
    if (model.getDependencyManagement() != null)
      all.addAll(model.getDependencyManagement().getDependencies());
    return all;
  }

  /** Replaces the element's text when it is exactly {@code current} (whitespace around it kept). */
  private static Optional<TextEdit> content(
      String path,
      TextOffsets offsets,
      PomDocument.Span element,
      String current,
      String newVersion) {
    String text = offsets.text();
    int start = element.start();
    int end = element.end();
    if (end > text.length()) return Optional.empty();
    int open = text.indexOf('>', start);
    int close = text.lastIndexOf("</", end);
    if (open < 0 || close <= open || text.charAt(open - 1) == '/') return Optional.empty();
    String inner = text.substring(open + 1, close);
    if (inner.indexOf('<') >= 0 || !inner.strip().equals(current))
      return Optional.empty(); // comments, CDATA, ${...}
    int from = open + 1 + (inner.length() - inner.stripLeading().length());
    return Optional.of(
        new TextEdit(offsets.region(path, from, from + current.length()), newVersion));
  }
}
