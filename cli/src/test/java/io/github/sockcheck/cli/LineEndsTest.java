package io.github.sockcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sockcheck.core.io.FileTexts;
import io.github.sockcheck.core.report.LineHash;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file whose lines end in lone CRs: the Python engine, the core's file texts (suppressions,
 * baselines), the SARIF region and GitHub's line hash all count the same line, the one CPython and
 * GitHub show.
 */
class LineEndsTest {

  @TempDir Path root;

  @Test
  void aLoneCarriageReturnEndsALineEverywhere() throws Exception {
    String text =
        "import socket\r\r# a comment\rfd = 3\rs = socket.socket(socket.AF_INET, socket.SOCK_STREAM, fileno=fd)\r";
    Files.writeString(root.resolve("cr_only.py"), text);
    Files.writeString(root.resolve(".python-version"), "3.11\n");
    Path sarif = root.resolve("out.sarif");
    CliRun r = CliRun.scanToSarif(root, sarif);
    assertEquals(0, r.code(), r.printed());

    JsonNode result =
        new ObjectMapper().readTree(sarif.toFile()).path("runs").path(0).path("results").path(0);
    assertEquals("python-socket-fileno-without-proto", result.path("ruleId").asText());
    JsonNode region = result.path("locations").path(0).path("physicalLocation").path("region");
    assertEquals(5, region.path("startLine").asInt(), "line 5, as python and GitHub count it");
    assertEquals(5, region.path("startColumn").asInt());
    assertEquals(
        LineHash.hashes(text).get(5),
        result.path("partialFingerprints").path("primaryLocationLineHash").asText());
    assertEquals(
        "s = socket.socket(socket.AF_INET, socket.SOCK_STREAM, fileno=fd)",
        new FileTexts(root).line("cr_only.py", 5).orElseThrow());
  }
}
