package io.github.sockcheck.python.gunicorn;

import io.github.sockcheck.core.facts.RuntimeFact.Evidence;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.python.Facts;
import io.github.sockcheck.python.manifest.RuntimeCollector;
import io.github.sockcheck.python.runtime.PythonImages;
import io.github.sockcheck.python.yaml.YamlTrees;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Compose files: each service's {@code build} (context directory, Dockerfile, {@code target}
 * stage), its {@code image}, {@code command}/{@code entrypoint} (string or list) and {@code
 * environment} ({@code GUNICORN_CMD_ARGS} as mapping entry or {@code KEY=value} list item). A
 * service that builds links the compose file to the project in its build context: its command and
 * worker belong to that project.
 */
public final class ComposeReader {

  /** One service as the compose file declares it. */
  public record Service(
      String name,
      Path composeFile,
      Node command,
      Node entrypoint,
      Node environment,
      Path context,
      Path dockerfile,
      String target,
      Location targetAt,
      ScalarNode image) {

    /** Reports the gunicorn options of the service's command and environment. */
    public void workers(WorkerFinder workers) {
      ComposeReader.command(composeFile, command, workers);
      ComposeReader.command(composeFile, entrypoint, workers);
      ComposeReader.environment(composeFile, environment, workers);
    }

    /** A service that runs an image without building reports that image's interpreter. */
    public void runtime(Facts out, RuntimeCollector runtimes) {
      if (context != null || image == null) return;
      PythonImages.ImageVersion v = PythonImages.of(image.getValue());
      if (v == null) return;
      String source =
          "compose service `"
              + name
              + "` image "
              + image.getValue()
              + (v.note() == null ? "" : ", " + v.note());
      runtimes.version(
          v.version(),
          YamlTrees.scalarAt(out, composeFile, image),
          "compose image",
          Evidence.DEPLOYMENT,
          source);
    }
  }

  private ComposeReader() {}

  /** The services of a compose file; none (after a notification) when it cannot be read. */
  public static List<Service> read(Facts out, Path file) {
    Node root = YamlTrees.load(out, file, "compose file");
    List<Service> services = new ArrayList<>();
    if (!(YamlTrees.get(root, "services") instanceof MappingNode serviceMap)) return services;
    Path dir = file.toAbsolutePath().normalize().getParent();
    for (NodeTuple t : serviceMap.getValue()) {
      Node s = t.getValueNode();
      String name = YamlTrees.text(t.getKeyNode());
      Node build = YamlTrees.get(s, "build");
      Path context = null;
      Path dockerfile = null;
      String target = null;
      Location targetAt = null;
      String contextText =
          build instanceof ScalarNode b
              ? b.getValue()
              : build instanceof MappingNode
                  ? orElse(YamlTrees.text(YamlTrees.get(build, "context")), ".")
                  : null;
      if (contextText != null && !contextText.contains("://") && !contextText.startsWith("git@")) {
        context = dir.resolve(contextText).normalize();
        String dockerfileText =
            orElse(YamlTrees.text(YamlTrees.get(build, "dockerfile")), "Dockerfile");
        dockerfile = context.resolve(dockerfileText).normalize();
        Node targetNode = YamlTrees.get(build, "target");
        if (targetNode instanceof ScalarNode tn) {
          target = tn.getValue();
          targetAt = YamlTrees.at(out, file, tn);
        }
      }
      ScalarNode image = YamlTrees.get(s, "image") instanceof ScalarNode i ? i : null;
      services.add(
          new Service(
              name,
              file,
              YamlTrees.get(s, "command"),
              YamlTrees.get(s, "entrypoint"),
              YamlTrees.get(s, "environment"),
              context,
              dockerfile,
              target,
              targetAt,
              image));
    }
    return services;
  }

  private static String orElse(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  private static void command(Path file, Node node, WorkerFinder workers) {
    if (node instanceof ScalarNode scalar) {
      int[] base = YamlTrees.start(scalar);
      List<ShellWords.Word> words = ShellWords.split(scalar.getValue());
      workers.words(file, words, offset -> new int[] {base[0], base[1] + offset});
    } else if (node instanceof SequenceNode seq) {
      List<ShellWords.Word> words = new ArrayList<>();
      List<int[]> starts = new ArrayList<>();
      List<Integer> lengths = new ArrayList<>();
      for (Node item : seq.getValue()) {
        if (!(item instanceof ScalarNode s)) continue;
        // Offsets encode the item index: even = start of item, odd = its end.
        words.add(
            new ShellWords.Word(s.getValue(), starts.size() * 2, starts.size() * 2 + 1, false));
        starts.add(YamlTrees.start(s));
        lengths.add(s.getValue().length());
      }
      workers.words(
          file,
          words,
          offset -> {
            int[] at = starts.get(offset / 2);
            return offset % 2 == 0 ? at : new int[] {at[0], at[1] + lengths.get(offset / 2)};
          });
    }
  }

  private static void environment(Path file, Node node, WorkerFinder workers) {
    if (node instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k
            && k.getValue().equals("GUNICORN_CMD_ARGS")
            && t.getValueNode() instanceof ScalarNode v) {
          int[] at = YamlTrees.start(v);
          workers.envValue(
              file,
              v.getValue(),
              new ShellWords.Word(v.getValue(), 0, v.getValue().length(), false),
              offset -> new int[] {at[0], at[1] + offset});
        }
      }
    } else if (node instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        if (item instanceof ScalarNode s && s.getValue().startsWith("GUNICORN_CMD_ARGS=")) {
          int[] at = YamlTrees.start(s);
          String value = s.getValue().substring("GUNICORN_CMD_ARGS=".length());
          workers.envValue(
              file,
              value,
              new ShellWords.Word(s.getValue(), 0, s.getValue().length(), false),
              offset -> new int[] {at[0], at[1] + offset});
        }
      }
    }
  }
}
