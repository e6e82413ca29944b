package io.github.sockcheck.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads a SARIF file's results back as {@link Marker}s, to compare a shell's output with a
 * project's markers.
 */
public final class SarifResults {

  private SarifResults() {}

  /** One marker per result of the first run: artifact URI, start line, rule id. */
  public static SortedSet<Marker> markers(Path sarif) throws IOException {
    JsonNode log = new ObjectMapper().readTree(sarif.toFile());
    SortedSet<Marker> found = new TreeSet<>();
    for (JsonNode result : log.path("runs").path(0).path("results")) {
      JsonNode location = result.path("locations").path(0).path("physicalLocation");
      found.add(
          new Marker(
              location.path("artifactLocation").path("uri").asText(),
              location.path("region").path("startLine").asInt(),
              result.path("ruleId").asText()));
    }
    return found;
  }
}
