package io.github.sockcheck.python.gunicorn;

import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.python.Facts;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
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
 * Compose files: each service's {@code command}/{@code entrypoint} (string or list) and
 * {@code environment} ({@code GUNICORN_CMD_ARGS} as mapping entry or {@code KEY=value} list item).
 * Parsed as a node tree with snakeyaml-engine (no object construction) to keep positions.
 */
public final class ComposeReader {

  private ComposeReader() {}

  public static void read(Facts out, Path file, WorkerFinder workers) {
    Node root;
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(file.getFileName().toString()).build();
      String text = out.read(file);
      Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, new StringReader(text))));
      Optional<Node> node = composer.getSingleNode();
      if (node.isEmpty()) return;
      root = node.get();
    } catch (IOException e) {
      out.problem(file, 0, "cannot read compose file: " + e.getMessage());
      return;
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
      out.problem(file, line, "not valid YAML: " + e.getProblem());
      return;
    } catch (YamlEngineException e) {
      out.problem(file, 0, "not valid YAML: " + e.getMessage());
      return;
    }
    reportForeignTag(out, file, root);
    Node services = get(root, "services");
    if (!(services instanceof MappingNode serviceMap)) return;
    for (NodeTuple service : serviceMap.getValue()) {
      for (String key : List.of("command", "entrypoint")) command(file, get(service.getValueNode(), key), workers);
      environment(file, get(service.getValueNode(), "environment"), workers);
    }
  }

  private static void command(Path file, Node node, WorkerFinder workers) {
    if (node instanceof ScalarNode scalar) {
      int[] base = start(scalar);
      List<ShellWords.Word> words = ShellWords.split(scalar.getValue());
      workers.words(file, words, offset -> new int[] {base[0], base[1] + offset});
    } else if (node instanceof SequenceNode seq) {
      List<ShellWords.Word> words = new ArrayList<>();
      List<int[]> starts = new ArrayList<>();
      for (Node item : seq.getValue()) {
        if (!(item instanceof ScalarNode s)) continue;
        words.add(new ShellWords.Word(s.getValue(), starts.size() * 2, starts.size() * 2 + 1, false));
        int[] at = start(s);
        starts.add(at);
      }
      // Offsets encode the item index: even = start of item, odd = its end.
      List<Integer> lengths = seq.getValue().stream().filter(ScalarNode.class::isInstance)
          .map(n -> ((ScalarNode) n).getValue().length()).toList();
      workers.words(file, words, offset -> {
        int[] at = starts.get(offset / 2);
        return offset % 2 == 0 ? at : new int[] {at[0], at[1] + lengths.get(offset / 2)};
      });
    }
  }

  private static void environment(Path file, Node node, WorkerFinder workers) {
    if (node instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("GUNICORN_CMD_ARGS")
            && t.getValueNode() instanceof ScalarNode v) {
          int[] at = start(v);
          workers.envValue(file, v.getValue(), new ShellWords.Word(v.getValue(), 0, v.getValue().length(), false),
              offset -> new int[] {at[0], at[1] + offset});
        }
      }
    } else if (node instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        if (item instanceof ScalarNode s && s.getValue().startsWith("GUNICORN_CMD_ARGS=")) {
          int[] at = start(s);
          String value = s.getValue().substring("GUNICORN_CMD_ARGS=".length());
          workers.envValue(file, value, new ShellWords.Word(s.getValue(), 0, s.getValue().length(), false),
              offset -> new int[] {at[0], at[1] + offset});
        }
      }
    }
  }

  /**
   * Global tags such as {@code !!java.net.URL} name types an unsafe loader would instantiate; here they are
   * never resolved (the file is read as a node tree), but a compose file has no use for them: say so once.
   * Compose's own local tags ({@code !reset}, {@code !override}) are not global and pass.
   */
  private static void reportForeignTag(Facts out, Path file, Node root) {
    java.util.Deque<Node> todo = new java.util.ArrayDeque<>(List.of(root));
    java.util.Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    while (!todo.isEmpty()) {
      Node node = todo.pop();
      if (!seen.add(node)) continue; // aliases share nodes: each is looked at once
      String tag = node.getTag().getValue();
      if (tag.startsWith(YAML_TAG_PREFIX) && !STANDARD_TAGS.contains(tag.substring(YAML_TAG_PREFIX.length()))) {
        out.problem(at(out, file, node), "YAML tag !!" + tag.substring(YAML_TAG_PREFIX.length())
            + " ignored: compose files hold plain data, and sockcheck never loads the types tags name");
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

  private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";
  private static final java.util.Set<String> STANDARD_TAGS =
      java.util.Set.of("str", "int", "float", "bool", "null", "seq", "map", "binary", "timestamp", "merge");

  /** 1-based line and column of a scalar's first content character (after an opening quote). */
  private static int[] start(ScalarNode node) {
    Mark mark = node.getStartMark().orElse(null);
    if (mark == null) return new int[] {0, 0};
    boolean quoted = node.getScalarStyle() != org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN
        && node.getScalarStyle() != org.snakeyaml.engine.v2.common.ScalarStyle.LITERAL
        && node.getScalarStyle() != org.snakeyaml.engine.v2.common.ScalarStyle.FOLDED;
    return new int[] {mark.getLine() + 1, mark.getColumn() + 1 + (quoted ? 1 : 0)};
  }

  private static Node get(Node node, String key) {
    if (!(node instanceof MappingNode map)) return null;
    for (NodeTuple t : map.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) return t.getValueNode();
    }
    return null;
  }

  /** For messages: where a node starts. */
  static Location at(Facts out, Path file, Node node) {
    Mark m = node.getStartMark().orElse(null);
    return m == null ? Location.file(out.rel(file)) : Location.line(out.rel(file), m.getLine() + 1);
  }
}
