package io.github.sockcheck.combination;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text Maven writes with {@code mvn dependency:tree -DoutputFile=...} (a tree: trails
 * known) or {@code mvn dependency:list -DoutputFile=...} (a flat list: only the artifacts).
 * Recognised by content, whatever the file is called. Lines may carry Maven's {@code [INFO] }
 * prefix.
 */
final class DependencyReport {

  enum Kind {
    TREE,
    LIST
  }

  /**
   * One resolved artifact. {@code trail} runs from the direct dependency down to this one, each
   * g:a:v.
   */
  record Entry(
      String groupId,
      String artifactId,
      String version,
      String scope,
      List<String> trail,
      int line) {
    String name() {
      return groupId + ":" + artifactId;
    }
  }

  private static final Pattern TREE_LINE = Pattern.compile("^((?:[|+\\\\ ] {2})*)[+\\\\]- (\\S+)");
  private static final Pattern LIST_LINE =
      Pattern.compile("^\\s+([^\\s:]+(?::[^\\s:]+){3,5})(?:\\s.*)?$");

  private DependencyReport() {}

  /** TREE, LIST, or null when the text is neither. */
  static Kind detect(String text) {
    int treeLines = 0;
    int listLines = 0;
    for (String raw : text.split("\\R")) {
      String line = strip(raw);
      if (TREE_LINE.matcher(line).find()) treeLines++;
      else if (LIST_LINE.matcher(line).matches()
          && coordinate(LIST_LINE.matcher(line).replaceFirst("$1")) != null) listLines++;
      if (line.contains("The following files have been resolved")) listLines++;
    }
    if (treeLines > 0) return Kind.TREE;
    return listLines > 0 ? Kind.LIST : null;
  }

  static List<Entry> parse(String text, Kind kind) {
    List<Entry> entries = new ArrayList<>();
    List<String> stack = new ArrayList<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = strip(lines[i]);
      if (kind == Kind.TREE) {
        Matcher m = TREE_LINE.matcher(line);
        if (!m.find()) continue;
        int depth = m.group(1).length() / 3 + 1;
        String[] c = coordinate(m.group(2));
        if (c == null) continue;
        while (stack.size() >= depth) stack.remove(stack.size() - 1);
        stack.add(c[0] + ":" + c[1] + ":" + c[2]);
        entries.add(new Entry(c[0], c[1], c[2], c[3], List.copyOf(stack), i + 1));
      } else {
        Matcher m = LIST_LINE.matcher(line);
        if (!m.matches()) continue;
        String[] c = coordinate(m.group(1));
        if (c == null) continue;
        entries.add(
            new Entry(c[0], c[1], c[2], c[3], List.of(c[0] + ":" + c[1] + ":" + c[2]), i + 1));
      }
    }
    return entries;
  }

  private static String strip(String line) {
    return line.startsWith("[INFO] ") ? line.substring(7) : line;
  }

  /**
   * {@code g:a:type:version:scope} or {@code g:a:type:classifier:version:scope} → {g, a, version,
   * scope}; null for anything else (the tree's root line has no scope, omitted duplicates are in
   * parentheses).
   */
  private static String[] coordinate(String text) {
    if (text.startsWith("(")) return null;
    String[] p = text.split(":");
    if (p.length == 5) return new String[] {p[0], p[1], p[3], p[4]};
    if (p.length == 6) return new String[] {p[0], p[1], p[4], p[5]};
    return null;
  }
}
