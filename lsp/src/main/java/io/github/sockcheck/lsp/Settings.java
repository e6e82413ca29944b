package io.github.sockcheck.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.sockcheck.scan.ConfigKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the editor (or, failing that, the project's pom) configures. Every field is optional: null
 * or empty means "not said", and a later source fills only what an earlier one left open.
 *
 * @param rulesDirectories extra rule directories (relative to the workspace root or absolute)
 * @param enabledRules run only these rule ids
 * @param disabledRules do not run these rule ids
 * @param baseline a baseline file whose findings are not shown
 * @param engines the engines to run (source, bytecode, python, combination); empty for all
 * @param cacheDir the incremental cache directory
 * @param classpath jars and directories for type resolution
 * @param javaRelease the Java release the code targets
 * @param diagnostics {@code openFiles} (default: diagnostics of the open files, cleared when one
 *     closes) or {@code workspace} (every file with findings)
 */
record Settings(
    List<String> rulesDirectories,
    List<String> enabledRules,
    List<String> disabledRules,
    String baseline,
    List<String> engines,
    String cacheDir,
    List<String> classpath,
    Integer javaRelease,
    String diagnostics) {

  static final Settings NONE =
      new Settings(List.of(), List.of(), List.of(), null, List.of(), null, List.of(), null, null);

  Settings {
    rulesDirectories = List.copyOf(rulesDirectories);
    enabledRules = List.copyOf(enabledRules);
    disabledRules = List.copyOf(disabledRules);
    engines = List.copyOf(engines);
    classpath = List.copyOf(classpath);
  }

  boolean workspaceDiagnostics() {
    return "workspace".equals(diagnostics);
  }

  /** This configuration, with what it leaves open taken from {@code fallback}. */
  Settings orElse(Settings fallback) {
    return new Settings(
        rulesDirectories.isEmpty() ? fallback.rulesDirectories : rulesDirectories,
        enabledRules.isEmpty() ? fallback.enabledRules : enabledRules,
        disabledRules.isEmpty() ? fallback.disabledRules : disabledRules,
        baseline != null ? baseline : fallback.baseline,
        engines.isEmpty() ? fallback.engines : engines,
        cacheDir != null ? cacheDir : fallback.cacheDir,
        classpath.isEmpty() ? fallback.classpath : classpath,
        javaRelease != null ? javaRelease : fallback.javaRelease,
        diagnostics != null ? diagnostics : fallback.diagnostics);
  }

  /**
   * From {@code initializationOptions} or a {@code workspace/didChangeConfiguration} payload: the
   * object itself, or its {@code sockcheck} member (how VS Code and LSP4IJ nest a server's
   * settings). Keys are the Maven plugin's parameter names. Values of the wrong type are ignored.
   */
  static Settings fromJson(Object json) {
    if (!(json instanceof JsonElement element) || !element.isJsonObject()) return NONE;
    JsonObject o = element.getAsJsonObject();
    if (o.has("sockcheck") && o.get("sockcheck").isJsonObject()) o = o.getAsJsonObject("sockcheck");
    return new Settings(
        strings(o, ConfigKey.RULES_DIRECTORIES),
        strings(o, ConfigKey.ENABLED_RULES),
        strings(o, ConfigKey.DISABLED_RULES),
        string(o, ConfigKey.BASELINE),
        strings(o, ConfigKey.ENGINES),
        string(o, ConfigKey.CACHE_DIR),
        strings(o, ConfigKey.CLASSPATH),
        integer(o, ConfigKey.JAVA_RELEASE),
        string(o, ConfigKey.DIAGNOSTICS));
  }

  private static List<String> strings(JsonObject o, ConfigKey key) {
    List<String> out = new ArrayList<>();
    JsonElement e = o.get(key.key());
    if (e == null || e.isJsonNull()) return out;
    if (e.isJsonPrimitive()) {
      for (String part : e.getAsString().split(",")) if (!part.isBlank()) out.add(part.strip());
    } else if (e.isJsonArray()) {
      JsonArray a = e.getAsJsonArray();
      for (JsonElement item : a)
        if (item.isJsonPrimitive() && !item.getAsString().isBlank())
          out.add(item.getAsString().strip());
    }
    return out;
  }

  private static String string(JsonObject o, ConfigKey key) {
    JsonElement e = o.get(key.key());
    return e != null && e.isJsonPrimitive() && !e.getAsString().isBlank()
        ? e.getAsString().strip()
        : null;
  }

  private static Integer integer(JsonObject o, ConfigKey key) {
    JsonElement e = o.get(key.key());
    if (e == null || !e.isJsonPrimitive()) return null;
    try {
      return Optional.of(Integer.parseInt(e.getAsString().strip())).filter(v -> v > 0).orElse(null);
    } catch (NumberFormatException ex) {
      return null;
    }
  }
}
