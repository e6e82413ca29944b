package io.github.sockcheck.core.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sockcheck.core.flow.FlowModel;
import io.github.sockcheck.core.flow.PassThrough;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the library knowledge of the value-flow layer ({@code rules/model/flow.yaml}) with the same safe
 * YAML reading as rule files; a malformed entry names the file and line.
 */
public final class FlowModelLoader {

  public static final String BUILT_IN = RuleLoader.BUILT_IN_RESOURCES + "model/flow.yaml";

  private static volatile FlowModel builtIn;

  private FlowModelLoader() {}

  /** The model shipped with sockcheck (read once). */
  public static FlowModel builtIn() {
    FlowModel model = builtIn;
    if (model != null) return model;
    try (InputStream in = FlowModelLoader.class.getResourceAsStream("/" + BUILT_IN)) {
      if (in == null) throw new IllegalStateException("built-in flow model missing from the classpath: " + BUILT_IN);
      model = parse("rules/model/flow.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the built-in flow model: " + e.getMessage(), e);
    } catch (RuleLoadException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    builtIn = model;
    return model;
  }

  /** @param label the file name used in messages */
  public static FlowModel parse(String label, String text) throws RuleLoadException {
    RuleYamlTree tree;
    try {
      tree = RuleYamlTree.parse(label, text);
    } catch (RuleYamlTree.YamlProblem p) {
      throw new RuleLoadException(List.of(label + ":" + p.line + ": " + p.problem + " (" + p.fix + ")"));
    }
    List<String> problems = new ArrayList<>();
    List<PassThrough> passThroughs = new ArrayList<>();
    JsonNode root = tree.root;
    if (!root.isObject()) problems.add(label + ":1: expected a mapping with `passes-through:`");
    root.fieldNames().forEachRemaining(key -> {
      if (!key.equals("passes-through")) {
        problems.add(label + ":" + tree.line("/" + key) + ": unknown key `" + key + "` (expected passes-through)");
      }
    });
    JsonNode list = root.path("passes-through");
    if (!list.isArray()) {
      problems.add(label + ":" + tree.line("/passes-through") + ": `passes-through` must be a list");
    } else {
      for (int i = 0; i < list.size(); i++) {
        String at = "/passes-through/" + i;
        JsonNode entry = list.get(i);
        String call = entry.path("call").asText("");
        String from = entry.path("from").asText("");
        String source = entry.path("source").asText("");
        int line = tree.line(at);
        if (call.indexOf('#') <= 0) problems.add(label + ":" + line + ": `call` must be owner#member, got `" + call + "`");
        if (source.isBlank()) problems.add(label + ":" + line + ": every entry needs a `source` (where the behaviour is documented)");
        int position;
        if (from.equals("receiver")) {
          position = PassThrough.RECEIVER;
        } else if (from.matches("\\d+")) {
          position = Integer.parseInt(from);
        } else {
          problems.add(label + ":" + line + ": `from` must be `receiver` or an argument position, got `" + from + "`");
          continue;
        }
        if (call.indexOf('#') > 0) passThroughs.add(new PassThrough(MemberPattern.parse(call), position, source));
      }
    }
    if (!problems.isEmpty()) throw new RuleLoadException(problems);
    return new FlowModel(passThroughs);
  }
}
