package io.github.sockcheck.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sockcheck.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges sockcheck SARIF logs (one per module of a reactor, or one per shard) into one log with one
 * run, because GitHub rejects several runs of the same tool and category in one upload. Rules are
 * united by id (first definition wins) and re-indexed; results and notifications are concatenated,
 * exact duplicates dropped, and sorted. URIs must already be relative to the same repository root.
 */
public final class SarifMerger {

  private SarifMerger() {}

  /** Reads the logs, merges them and writes the result atomically. */
  public static void merge(List<Path> inputs, String automationId, Path out) throws IOException {
    List<JsonNode> logs = new ArrayList<>();
    for (Path in : inputs) {
      try {
        logs.add(SarifJson.MAPPER.readTree(Files.readString(in)));
      } catch (IOException e) {
        throw new IOException("cannot read SARIF file " + in + ": " + e.getMessage(), e);
      }
    }
    AtomicFiles.writeString(out, SarifJson.write(merge(logs, automationId)));
  }

  /**
   * Merges every run of every log. {@code automationId} null keeps the first run's id, or none when
   * it has none (the upload action's {@code category} input then applies). The first run supplies
   * the tool metadata and {@code originalUriBaseIds}.
   */
  public static ObjectNode merge(List<JsonNode> logs, String automationId) {
    List<JsonNode> runs = new ArrayList<>();
    for (JsonNode log : logs) log.path("runs").forEach(runs::add);

    Map<String, JsonNode> rules = new TreeMap<>();
    Set<JsonNode> results = new LinkedHashSet<>();
    Set<JsonNode> notifications = new LinkedHashSet<>();
    boolean success = true;
    for (JsonNode run : runs) {
      for (JsonNode rule : run.path("tool").path("driver").path("rules")) {
        rules.putIfAbsent(rule.path("id").asText(), rule);
      }
      for (JsonNode result : run.path("results")) {
        // The index differs between runs; without it, equal results are duplicates.
        ObjectNode copy = ((ObjectNode) result).deepCopy();
        copy.remove("ruleIndex");
        results.add(copy);
      }
      for (JsonNode invocation : run.path("invocations")) {
        success &= invocation.path("executionSuccessful").asBoolean(true);
        invocation.path("toolExecutionNotifications").forEach(notifications::add);
      }
    }
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (String id : rules.keySet()) ruleIndex.put(id, ruleIndex.size());

    ObjectNode log = SarifJson.NODES.objectNode();
    log.put("$schema", SarifWriter.SCHEMA_URI);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    JsonNode firstDriver =
        runs.isEmpty() ? SarifJson.NODES.objectNode() : runs.get(0).path("tool").path("driver");
    driver.put("name", firstDriver.path("name").asText(SarifWriter.TOOL_NAME));
    for (String field : List.of("version", "semanticVersion", "informationUri")) {
      if (firstDriver.has(field)) driver.set(field, firstDriver.get(field));
    }
    driver.putArray("rules").addAll(rules.values());

    String id =
        automationId != null
            ? automationId
            : runs.isEmpty() ? null : runs.get(0).path("automationDetails").path("id").textValue();
    if (id != null && !id.isBlank()) run.putObject("automationDetails").put("id", id);
    if (!runs.isEmpty() && runs.get(0).has("originalUriBaseIds")) {
      run.set("originalUriBaseIds", runs.get(0).get("originalUriBaseIds").deepCopy());
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", success);
    if (!notifications.isEmpty()) {
      List<JsonNode> sorted = new ArrayList<>(notifications);
      sorted.sort(
          Comparator.comparing(SarifMerger::locationKey)
              .thenComparing(n -> n.path("message").path("text").asText()));
      invocation.putArray("toolExecutionNotifications").addAll(sorted);
    }

    List<JsonNode> sortedResults = new ArrayList<>(results);
    sortedResults.sort(
        Comparator.comparing(SarifMerger::locationKey)
            .thenComparing(r -> r.path("ruleId").asText())
            .thenComparing(r -> r.path("message").path("text").asText()));
    ArrayNode resultsNode = run.putArray("results");
    for (JsonNode r : sortedResults) {
      ObjectNode copy = (ObjectNode) r;
      Integer index = ruleIndex.get(r.path("ruleId").asText());
      if (index == null) copy.remove("ruleIndex");
      else reindex(copy, index);
      resultsNode.add(copy);
    }
    return log;
  }

  /** Puts {@code ruleIndex} right after {@code ruleId}, as the writer does. */
  private static void reindex(ObjectNode result, int index) {
    Map<String, JsonNode> fields = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : result.properties()) fields.put(e.getKey(), e.getValue());
    result.removeAll();
    for (Map.Entry<String, JsonNode> e : fields.entrySet()) {
      if (e.getKey().equals("ruleIndex")) continue;
      result.set(e.getKey(), e.getValue());
      if (e.getKey().equals("ruleId")) result.put("ruleIndex", index);
    }
    if (!result.has("ruleIndex")) result.put("ruleIndex", index);
  }

  /** Sort key: uri, then zero-padded start line and column, so ordering is numeric. */
  private static String locationKey(JsonNode node) {
    JsonNode physical = node.path("locations").path(0).path("physicalLocation");
    JsonNode region = physical.path("region");
    return String.format(
        Locale.ROOT,
        "%s\u0000%010d\u0000%010d",
        physical.path("artifactLocation").path("uri").asText(""),
        region.path("startLine").asInt(0),
        region.path("startColumn").asInt(0));
  }
}
