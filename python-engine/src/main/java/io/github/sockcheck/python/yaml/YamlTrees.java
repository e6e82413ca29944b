package io.github.sockcheck.python.yaml;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.python.Facts;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Compose files and CI configurations read as YAML node trees with snakeyaml-engine: no object is
 * ever constructed (so no tag can name a type to instantiate, and aliases are never expanded), and
 * every node keeps its position for findings.
 */
public final class YamlTrees {

  private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";
  private static final Set<String> STANDARD_TAGS =
      Set.of("str", "int", "float", "bool", "null", "seq", "map", "binary", "timestamp", "merge");

  private YamlTrees() {}

  /**
   * The document's root node, or null (after a notification naming file and line when it is not
   * valid YAML).
   */
  public static Node load(Facts out, Path file, String what) {
    try {
      LoadSettings settings =
          LoadSettings.builder().setLabel(file.getFileName().toString()).build();
      String text = out.read(file);
      Composer composer =
          new Composer(
              settings,
              new ParserImpl(settings, new StreamReader(settings, new StringReader(text))));
      Optional<Node> node = composer.getSingleNode();
      if (node.isEmpty()) return null;
      reportForeignTag(out, file, node.get(), what);
      return node.get();
    } catch (IOException e) {
      out.problem(file, 0, "cannot read " + what + ": " + e.getMessage());
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
      out.problem(file, line, "not valid YAML: " + e.getProblem());
    } catch (YamlEngineException e) {
      out.problem(file, 0, "not valid YAML: " + e.getMessage());
    }
    return null;
  }

  /**
   * Global tags such as {@code !!java.net.URL} name types an unsafe loader would instantiate; here
   * they are never resolved, but these files have no use for them: say so once. Local tags ({@code
   * !reset}, {@code !reference}) are not global and pass.
   */
  private static void reportForeignTag(Facts out, Path file, Node root, String what) {
    Deque<Node> todo = new ArrayDeque<>(List.of(root));
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    while (!todo.isEmpty()) {
      Node node = todo.pop();
      if (!seen.add(node)) continue; // aliases share nodes: each is looked at once
      String tag = node.getTag().getValue();
      if (tag.startsWith(YAML_TAG_PREFIX)
          && !STANDARD_TAGS.contains(tag.substring(YAML_TAG_PREFIX.length()))) {
        out.problem(
            at(out, file, node),
            "YAML tag !!"
                + tag.substring(YAML_TAG_PREFIX.length())
                + " ignored: "
                + what
                + "s hold plain data, and sockcheck never loads the types tags name");
        return;
      }
      if (node instanceof MappingNode map) {
        for (int i = map.getValue().size() - 1; i >= 0; i--) {
          todo.push(map.getValue().get(i).getValueNode());
          todo.push(map.getValue().get(i).getKeyNode());
        }
      } else if (node instanceof SequenceNode seq) {
        for (int i = seq.getValue().size() - 1; i >= 0; i--) todo.push(seq.getValue().get(i));
      }
    }
  }

  /** The value of {@code key} in a mapping node, or null. */
  public static Node get(Node node, String key) {
    if (!(node instanceof MappingNode map)) return null;
    for (NodeTuple t : map.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
        return t.getValueNode();
    }
    return null;
  }

  /** The scalar's text, or null for other nodes. */
  public static String text(Node node) {
    return node instanceof ScalarNode s ? s.getValue() : null;
  }

  /** 1-based line and column of a scalar's first content character (after an opening quote). */
  public static int[] start(ScalarNode node) {
    Mark mark = node.getStartMark().orElse(null);
    if (mark == null) return new int[] {0, 0};
    boolean quoted =
        node.getScalarStyle() != ScalarStyle.PLAIN
            && node.getScalarStyle() != ScalarStyle.LITERAL
            && node.getScalarStyle() != ScalarStyle.FOLDED;
    return new int[] {mark.getLine() + 1, mark.getColumn() + 1 + (quoted ? 1 : 0)};
  }

  /** A scalar's span on its first line. */
  public static Location scalarAt(Facts out, Path file, ScalarNode node) {
    int[] s = start(node);
    if (s[0] == 0) return Location.file(out.rel(file));
    String first = node.getValue().lines().findFirst().orElse("");
    return out.at(file, s[0], s[1], s[1] + Math.max(1, first.length()));
  }

  /** Where a node starts. */
  public static Location at(Facts out, Path file, Node node) {
    Mark m = node.getStartMark().orElse(null);
    return m == null ? Location.file(out.rel(file)) : Location.line(out.rel(file), m.getLine() + 1);
  }
}
