package io.github.sockcheck.core.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * A rule file's YAML as a Jackson tree, plus the line of every JSON pointer so schema errors can
 * name a line. Parsed safely: only the standard YAML types, a cap on aliases, no duplicate keys.
 */
final class RuleYamlTree {

  /** A YAML problem at a line (1-based, 0 unknown). */
  static final class YamlProblem extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final String problem;
    final String fix;

    YamlProblem(int line, String problem, String fix) {
      super(problem);
      this.line = line;
      this.problem = problem;
      this.fix = fix;
    }
  }

  private static final int MAX_DEPTH = 64;

  /** Aliases can repeat a subtree; a rule file never holds this many values, an alias bomb does. */
  private static final int MAX_VALUES = 100_000;

  private static final Set<Tag> STANDARD_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);

  final JsonNode root;
  private final Map<String, Integer> lines;

  private RuleYamlTree(JsonNode root, Map<String, Integer> lines) {
    this.root = root;
    this.lines = lines;
  }

  /** The line of {@code pointer}, or of its nearest ancestor that has one; 1 for the document. */
  int line(String pointer) {
    String p = pointer;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) return line;
      if (p.isEmpty()) return 1;
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  static RuleYamlTree parse(String label, String text) throws YamlProblem {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(label)
            .setSchema(new CoreSchema())
            .setAllowDuplicateKeys(false)
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(50)
            .setCodePointLimit(1024 * 1024)
            .build();
    Node node;
    try {
      node = new Compose(settings).composeString(text).orElse(null);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
      String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
      String context = e.getContext() == null ? "" : " " + e.getContext();
      throw new YamlProblem(
          line,
          "YAML syntax error: " + problem + context,
          "fix the YAML syntax; quote values that contain ': ', '#', '[' or '{'");
    } catch (YamlEngineException e) {
      throw new YamlProblem(0, "YAML error: " + e.getMessage(), "fix the YAML syntax");
    }
    if (node == null)
      throw new YamlProblem(1, "the file is empty", "write a rule as described in rules/README.md");
    Map<String, Integer> lines = new HashMap<>();
    JsonNode root = convert(node, "", lines, new IdentityHashMap<>(), 0, new int[1]);
    return new RuleYamlTree(root, lines);
  }

  private static JsonNode convert(
      Node node,
      String pointer,
      Map<String, Integer> lines,
      IdentityHashMap<Node, Boolean> onPath,
      int depth,
      int[] values)
      throws YamlProblem {
    int line = node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    if (++values[0] > MAX_VALUES) {
      throw new YamlProblem(
          line,
          "the document expands to more than "
              + MAX_VALUES
              + " values (aliases repeat"
              + " a large part of it)",
          "write the values out instead of repeating them through aliases");
    }
    lines.putIfAbsent(pointer, line);
    if (depth > MAX_DEPTH || onPath.containsKey(node)) {
      throw new YamlProblem(
          line, "the document nests too deeply or refers to itself", "remove the recursive alias");
    }
    if (!STANDARD_TAGS.contains(node.getTag())) {
      throw new YamlProblem(
          line,
          "tag '" + node.getTag().getValue() + "' is not allowed",
          "remove the tag; rule files use plain YAML values");
    }
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (node instanceof MappingNode map) {
      onPath.put(node, true);
      ObjectNode object = f.objectNode();
      for (NodeTuple tuple : map.getValue()) {
        if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
          int keyLine = tuple.getKeyNode().getStartMark().map(m -> m.getLine() + 1).orElse(line);
          throw new YamlProblem(
              keyLine, "a key must be a plain name", "write the key as a plain word");
        }
        String key = keyNode.getValue();
        int keyLine = keyNode.getStartMark().map(m -> m.getLine() + 1).orElse(line);
        if (object.has(key)) {
          throw new YamlProblem(
              keyLine, "duplicate key '" + key + "'", "keep one '" + key + "' entry");
        }
        String child = pointer + "/" + escape(key);
        lines.put(child, keyLine);
        object.set(key, convert(tuple.getValueNode(), child, lines, onPath, depth + 1, values));
      }
      onPath.remove(node);
      return object;
    }
    if (node instanceof SequenceNode seq) {
      onPath.put(node, true);
      ArrayNode array = f.arrayNode();
      List<Node> items = seq.getValue();
      for (int i = 0; i < items.size(); i++) {
        array.add(convert(items.get(i), pointer + "/" + i, lines, onPath, depth + 1, values));
      }
      onPath.remove(node);
      return array;
    }
    return scalar((ScalarNode) node, line);
  }

  private static JsonNode scalar(ScalarNode node, int line) throws YamlProblem {
    JsonNodeFactory f = JsonNodeFactory.instance;
    String text = node.getValue();
    Tag tag = node.getTag();
    try {
      if (tag.equals(Tag.NULL)) return f.nullNode();
      if (tag.equals(Tag.BOOL)) return f.booleanNode(text.equalsIgnoreCase("true"));
      if (tag.equals(Tag.INT)) {
        BigInteger value = parseInt(text);
        return value.bitLength() < 64 ? f.numberNode(value.longValue()) : f.numberNode(value);
      }
      if (tag.equals(Tag.FLOAT)) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (t.endsWith(".inf") || t.endsWith(".nan")) return f.textNode(text);
        return f.numberNode(new java.math.BigDecimal(text));
      }
    } catch (NumberFormatException e) {
      throw new YamlProblem(
          line, "malformed number '" + text + "'", "write a decimal number or quote the value");
    }
    return f.textNode(text);
  }

  private static BigInteger parseInt(String text) {
    String t = text.replace("_", "");
    boolean negative = t.startsWith("-");
    if (t.startsWith("-") || t.startsWith("+")) t = t.substring(1);
    BigInteger v;
    if (t.startsWith("0x")) v = new BigInteger(t.substring(2), 16);
    else if (t.startsWith("0o")) v = new BigInteger(t.substring(2), 8);
    else v = new BigInteger(t);
    return negative ? v.negate() : v;
  }

  /** JSON pointer escaping of one reference token. */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
