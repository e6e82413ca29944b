package io.github.sockcheck.core.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sockcheck.core.flow.ArgumentUse;
import io.github.sockcheck.core.flow.Callback;
import io.github.sockcheck.core.flow.FlowModel;
import io.github.sockcheck.core.flow.Instantiation;
import io.github.sockcheck.core.flow.PassThrough;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the library knowledge of the value-flow layer ({@code rules/model/flow.yaml}) with the same
 * safe YAML reading as rule files; a malformed entry names the file and line.
 */
public final class FlowModelLoader {

  private static final List<String> SECTIONS =
      List.of("passes-through", "instantiates", "hands-on", "calls-back", "uses-argument");

  public static final String BUILT_IN = RuleLoader.BUILT_IN_RESOURCES + "model/flow.yaml";

  private static volatile FlowModel builtIn;

  private FlowModelLoader() {}

  /** The model shipped with sockcheck (read once). */
  public static FlowModel builtIn() {
    FlowModel model = builtIn;
    if (model != null) return model;
    try (InputStream in = FlowModelLoader.class.getResourceAsStream("/" + BUILT_IN)) {
      if (in == null)
        throw new IllegalStateException(
            "built-in flow model missing from the classpath: " + BUILT_IN);
      model = parse("rules/model/flow.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the built-in flow model: " + e.getMessage(), e);
    } catch (RuleLoadException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    builtIn = model;
    return model;
  }

  /**
   * @param label the file name used in messages
   */
  public static FlowModel parse(String label, String text) throws RuleLoadException {
    RuleYamlTree tree;
    try {
      tree = RuleYamlTree.parse(label, text);
    } catch (RuleYamlTree.YamlProblem p) {
      throw new RuleLoadException(
          List.of(label + ":" + p.line + ": " + p.problem + " (" + p.fix + ")"));
    }
    List<String> problems = new ArrayList<>();
    List<PassThrough> passThroughs = new ArrayList<>();
    List<Instantiation> instantiations = new ArrayList<>();
    List<MemberPattern> handsOn = new ArrayList<>();
    List<Callback> callbacks = new ArrayList<>();
    List<ArgumentUse> argumentUses = new ArrayList<>();
    JsonNode root = tree.root;
    if (!root.isObject()) problems.add(label + ":1: expected a mapping with `passes-through:`");
    root.fieldNames()
        .forEachRemaining(
            key -> {
              if (!SECTIONS.contains(key)) {
                problems.add(
                    label
                        + ":"
                        + tree.line("/" + key)
                        + ": unknown key `"
                        + key
                        + "` (expected one of "
                        + SECTIONS
                        + ")");
              }
            });
    Entries entries = new Entries(label, tree, problems);
    if (root.path("passes-through").isMissingNode()) {
      problems.add(label + ":1: `passes-through` must be a list");
    }
    entries.each(
        "passes-through",
        (entry, line, call) -> {
          String from = entry.path("from").asText("");
          if (from.equals("receiver")) {
            passThroughs.add(
                new PassThrough(call, PassThrough.RECEIVER, entry.path("source").asText()));
          } else if (from.matches("\\d+")) {
            passThroughs.add(
                new PassThrough(call, Integer.parseInt(from), entry.path("source").asText()));
          } else {
            problems.add(
                label
                    + ":"
                    + line
                    + ": `from` must be `receiver` or an argument position, got `"
                    + from
                    + "`");
          }
        });
    entries.each(
        "instantiates",
        (entry, line, call) -> {
          int classArg = entries.position(entry, "class-arg", line);
          List<String> params = entries.strings(entry, "constructor-params", line);
          if (classArg >= 0 && params != null)
            instantiations.add(
                new Instantiation(call, classArg, params, entry.path("source").asText()));
        });
    entries.each("hands-on", (entry, line, call) -> handsOn.add(call));
    entries.each(
        "calls-back",
        (entry, line, call) -> {
          int listener = entries.position(entry, "listener-arg", line);
          String method = entry.path("method").asText("");
          int arity = entries.position(entry, "arity", line);
          int parameter = entries.position(entry, "receiver-to-parameter", line);
          if (method.isBlank())
            problems.add(
                label + ":" + line + ": `method` (the method called on the listener) is missing");
          if (listener >= 0 && arity >= 0 && parameter >= 0 && !method.isBlank()) {
            if (parameter >= arity)
              problems.add(label + ":" + line + ": `receiver-to-parameter` must be below `arity`");
            else
              callbacks.add(
                  new Callback(
                      call, listener, method, arity, parameter, entry.path("source").asText()));
          }
        });
    entries.each(
        "uses-argument",
        (entry, line, call) -> {
          int arg = entries.position(entry, "arg", line);
          List<String> params = entries.strings(entry, "params", line);
          String use = entry.path("use").asText("");
          if (use.indexOf('#') <= 0)
            problems.add(label + ":" + line + ": `use` must be owner#member, got `" + use + "`");
          else if (arg >= 0 && params != null) {
            if (arg >= params.size())
              problems.add(label + ":" + line + ": `arg` must be below the number of `params`");
            else
              argumentUses.add(
                  new ArgumentUse(
                      call, params, arg, MemberPattern.parse(use), entry.path("source").asText()));
          }
        });
    if (!problems.isEmpty()) throw new RuleLoadException(problems);
    return new FlowModel(passThroughs, instantiations, handsOn, callbacks, argumentUses);
  }

  /**
   * The entries of one optional list section: each checked for `call` and `source`, problems
   * collected.
   */
  private record Entries(String label, RuleYamlTree tree, List<String> problems) {

    interface Entry {
      void read(JsonNode entry, int line, MemberPattern call);
    }

    void each(String section, Entry reader) {
      JsonNode list = tree.root.path(section);
      if (list.isMissingNode()) return;
      if (!list.isArray()) {
        problems.add(label + ":" + tree.line("/" + section) + ": `" + section + "` must be a list");
        return;
      }
      for (int i = 0; i < list.size(); i++) {
        JsonNode entry = list.get(i);
        int line = tree.line("/" + section + "/" + i);
        String call = entry.path("call").asText("");
        if (entry.path("source").asText("").isBlank()) {
          problems.add(
              label
                  + ":"
                  + line
                  + ": every entry needs a `source` (where the behaviour is documented)");
        }
        if (call.indexOf('#') <= 0) {
          problems.add(label + ":" + line + ": `call` must be owner#member, got `" + call + "`");
          continue;
        }
        reader.read(entry, line, MemberPattern.parse(call));
      }
    }

    /** A non-negative integer field, or -1 after recording the problem. */
    int position(JsonNode entry, String field, int line) {
      String text = entry.path(field).asText("");
      if (text.matches("\\d+")) return Integer.parseInt(text);
      problems.add(
          label + ":" + line + ": `" + field + "` must be a number (0-based), got `" + text + "`");
      return -1;
    }

    /** A list of strings, or null after recording the problem. */
    List<String> strings(JsonNode entry, String field, int line) {
      JsonNode list = entry.path(field);
      if (!list.isArray()) {
        problems.add(
            label + ":" + line + ": `" + field + "` must be a list of type names ([] for none)");
        return null;
      }
      List<String> values = new ArrayList<>();
      for (JsonNode v : list) values.add(v.asText());
      return values;
    }
  }
}
