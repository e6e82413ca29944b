package io.github.sockcheck.scan.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/** Reads a SARIF file back as {@code "uri:line ruleId"} strings, the form {@link ExpectedFindings} gives. */
public final class SarifResults {

  private SarifResults() {}

  public static Set<String> keys(Path sarif) throws IOException {
    JsonNode log = new ObjectMapper().readTree(sarif.toFile());
    Set<String> found = new TreeSet<>();
    for (JsonNode result : log.path("runs").path(0).path("results")) {
      JsonNode location = result.path("locations").path(0).path("physicalLocation");
      found.add(location.path("artifactLocation").path("uri").asText() + ":"
          + location.path("region").path("startLine").asInt() + " " + result.path("ruleId").asText());
    }
    return found;
  }
}
