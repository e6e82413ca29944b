package io.github.sockcheck.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifMergerTest {

  @TempDir Path root;

  @Test
  void mergesModulesIntoOneRunWithReindexedRules() throws Exception {
    Files.createDirectories(root.resolve("b"));
    Files.writeString(root.resolve("b/B.java"), "class B {}\n");
    Finding inA =
        Finding.of(
            "zeta-rule",
            "in module a",
            Severity.WARNING,
            Precision.HIGH,
            Location.line("a/A.java", 3),
            "source");
    Finding inB =
        Finding.of(
            "alpha-rule",
            "in module b",
            Severity.ERROR,
            Precision.HIGH,
            Location.line("b/B.java", 1),
            "source");
    Finding shared =
        Finding.of(
            "zeta-rule",
            "on the parent pom",
            Severity.WARNING,
            Precision.HIGH,
            Location.line("pom.xml", 9),
            "combination");
    Report a =
        new Report(
            root,
            List.of(SarifSamples.rule("zeta-rule", Severity.WARNING, null, List.of("x"))),
            List.of(inA, shared),
            List.of(Notification.warning("source", null, "module a note")),
            "0.1.0",
            "sockcheck/a/");
    Report b =
        new Report(
            root,
            List.of(
                SarifSamples.rule("alpha-rule", Severity.ERROR, null, List.of("y")),
                SarifSamples.rule("zeta-rule", Severity.WARNING, null, List.of("x"))),
            List.of(inB, shared),
            List.of(),
            "0.1.0",
            "sockcheck/b/");
    Path fa = root.resolve("out/a.sarif");
    Path fb = root.resolve("out/b.sarif");
    SarifWriter.forUpload().write(a, fa);
    SarifWriter.forUpload().write(b, fb);

    Path merged = root.resolve("out/merged.sarif");
    SarifMerger.merge(List.of(fa, fb), "sockcheck/", merged);
    String json = Files.readString(merged);
    assertEquals(List.of(), SarifSchema.errors(json));
    JsonNode log = SarifJson.MAPPER.readTree(json);
    assertEquals(1, log.path("runs").size());
    JsonNode run = log.path("runs").path(0);
    assertEquals("sockcheck/", run.at("/automationDetails/id").asText());
    List<String> ruleIds = new ArrayList<>();
    run.at("/tool/driver/rules").forEach(r -> ruleIds.add(r.path("id").asText()));
    assertEquals(List.of("alpha-rule", "zeta-rule"), ruleIds);

    JsonNode results = run.path("results");
    assertEquals(3, results.size(), "the parent-pom finding both modules reported appears once");
    for (JsonNode r : results) {
      assertEquals(r.path("ruleId").asText(), ruleIds.get(r.path("ruleIndex").asInt()));
    }
    assertEquals(
        "a/A.java", results.at("/0/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals(
        "b/B.java", results.at("/1/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertTrue(results.path(1).has("partialFingerprints"));
    assertEquals(1, run.at("/invocations/0/toolExecutionNotifications").size());

    Path again = root.resolve("out/again.sarif");
    SarifMerger.merge(List.of(fa, fb), "sockcheck/", again);
    assertEquals(json, Files.readString(again));
  }

  @Test
  void withoutAnIdTheMergedRunKeepsTheModulesIdOrHasNone() throws Exception {
    Path none = root.resolve("out/none.sarif");
    Path categorised = root.resolve("out/categorised.sarif");
    SarifWriter.forUpload()
        .write(new Report(root, List.of(), List.of(), List.of(), "0.1.0", null), none);
    SarifWriter.forUpload()
        .write(new Report(root, List.of(), List.of(), List.of(), "0.1.0", "java/"), categorised);

    Path merged = root.resolve("out/merged.sarif");
    SarifMerger.merge(List.of(none, none), null, merged);
    assertFalse(SarifJson.MAPPER.readTree(merged.toFile()).at("/runs/0").has("automationDetails"));
    SarifMerger.merge(List.of(categorised, categorised), null, merged);
    assertEquals(
        "java/",
        SarifJson.MAPPER.readTree(merged.toFile()).at("/runs/0/automationDetails/id").asText());
  }

  private static JsonNode log(String json) throws Exception {
    return SarifJson.MAPPER.readTree(json.replace('\'', '"'));
  }

  /** A one-run log as another sockcheck (or another shard) wrote it. */
  private static JsonNode moduleLog(
      String version,
      String automationId,
      String baseUri,
      Boolean success,
      String notifications,
      String results)
      throws Exception {
    String invocation = success == null ? "{}" : "{'executionSuccessful': " + success + "}";
    if (notifications != null) {
      invocation =
          invocation.substring(0, invocation.length() - 1)
              + (success == null ? "" : ", ")
              + "'toolExecutionNotifications': ["
              + notifications
              + "]}";
    }
    return log(
        "{'version': '2.1.0', 'runs': [{"
            + "'tool': {'driver': {'name': 'sockcheck', 'version': '"
            + version
            + "', 'semanticVersion': '"
            + version
            + "', 'informationUri': 'https://example.org/sockcheck', 'rules': [{'id': 'a-rule'}, {'id': 'b-rule'}]}},"
            + "'automationDetails': {'id': '"
            + automationId
            + "'},"
            + "'originalUriBaseIds': {'%SRCROOT%': {'uri': '"
            + baseUri
            + "'}},"
            + "'invocations': ["
            + invocation
            + "],"
            + "'results': ["
            + results
            + "]}]}");
  }

  private static String note(String uri, int line, String text) {
    return "{'level': 'warning', 'message': {'text': '"
        + text
        + "'}, 'locations': [{'physicalLocation': "
        + "{'artifactLocation': {'uri': '"
        + uri
        + "'}, 'region': {'startLine': "
        + line
        + "}}}]}";
  }

  private static String result(String ruleId, int index, String uri, int line) {
    return "{'ruleId': '"
        + ruleId
        + "', 'ruleIndex': "
        + index
        + ", 'message': {'text': 'm'}, 'locations': "
        + "[{'physicalLocation': {'artifactLocation': {'uri': '"
        + uri
        + "'}, 'region': {'startLine': "
        + line
        + "}}}]}";
  }

  @Test
  void theFirstRunGivesToolVersionBaseAndAutomationId() throws Exception {
    JsonNode a = moduleLog("0.1.0", "sockcheck/a/", "file:///repo/", true, null, "");
    JsonNode b = moduleLog("0.2.0", "sockcheck/b/", "file:///elsewhere/", true, null, "");
    JsonNode run = SarifMerger.merge(List.of(a, b), null).path("runs").path(0);
    JsonNode driver = run.path("tool").path("driver");
    assertEquals("sockcheck", driver.path("name").asText());
    assertEquals("0.1.0", driver.path("version").asText());
    assertEquals("0.1.0", driver.path("semanticVersion").asText());
    assertEquals("https://example.org/sockcheck", driver.path("informationUri").asText());
    assertEquals(
        "sockcheck/a/",
        run.at("/automationDetails/id").asText(),
        "no automation id given keeps the first");
    assertEquals("file:///repo/", run.at("/originalUriBaseIds/%SRCROOT%/uri").asText());
    assertEquals(
        List.of(), SarifSchema.errors(SarifJson.write(SarifMerger.merge(List.of(a, b), null))));
  }

  @Test
  void nothingToMergeIsStillAValidLog() throws Exception {
    JsonNode merged = SarifMerger.merge(List.of(), null);
    JsonNode run = merged.path("runs").path(0);
    assertEquals("sockcheck", run.at("/tool/driver/name").asText());
    assertFalse(
        run.has("automationDetails"),
        "no category given: no automation id (the upload action sets one)");
    assertTrue(run.at("/invocations/0/executionSuccessful").asBoolean());
    assertEquals(0, run.path("results").size());
    assertEquals(List.of(), SarifSchema.errors(SarifJson.write(merged)));
  }

  @Test
  void oneFailedRunMakesTheMergedRunFailed() throws Exception {
    JsonNode ok = moduleLog("0.1.0", "sockcheck/a/", "file:///repo/", true, null, "");
    JsonNode failed = moduleLog("0.1.0", "sockcheck/b/", "file:///repo/", false, null, "");
    JsonNode silent = moduleLog("0.1.0", "sockcheck/c/", "file:///repo/", null, null, "");
    assertTrue(
        executionSuccessful(List.of(ok, silent)), "a run that does not say counts as successful");
    assertFalse(executionSuccessful(List.of(ok, failed)));
    assertFalse(executionSuccessful(List.of(failed, ok)));
  }

  private static boolean executionSuccessful(List<JsonNode> logs) {
    return SarifMerger.merge(logs, "x/")
        .at("/runs/0/invocations/0/executionSuccessful")
        .asBoolean();
  }

  @Test
  void notificationsAreSortedByPlaceThenText() throws Exception {
    JsonNode a =
        moduleLog(
            "0.1.0",
            "a/",
            "file:///repo/",
            true,
            note("b/B.java", 5, "late") + ", " + note("a/A.java", 12, "twelve"),
            "");
    JsonNode b =
        moduleLog(
            "0.1.0",
            "b/",
            "file:///repo/",
            true,
            note("a/A.java", 3, "zz")
                + ", "
                + note("a/A.java", 3, "aa")
                + ", "
                + note("b/B.java", 5, "late"),
            "");
    List<String> order = new ArrayList<>();
    SarifMerger.merge(List.of(a, b), "x/")
        .at("/runs/0/invocations/0/toolExecutionNotifications")
        .forEach(
            n ->
                order.add(
                    n.at("/locations/0/physicalLocation/artifactLocation/uri").asText()
                        + ":"
                        + n.at("/locations/0/physicalLocation/region/startLine").asInt()
                        + " "
                        + n.at("/message/text").asText()));
    assertEquals(
        List.of("a/A.java:3 aa", "a/A.java:3 zz", "a/A.java:12 twelve", "b/B.java:5 late"), order);
  }

  @Test
  void resultsAreReindexedRightAfterTheirRuleId() throws Exception {
    JsonNode a =
        moduleLog("0.1.0", "a/", "file:///repo/", true, null, result("b-rule", 1, "a/A.java", 2));
    JsonNode b =
        log(
            "{'version': '2.1.0', 'runs': [{'tool': {'driver': {'name': 'sockcheck', 'rules': [{'id': 'b-rule'}]}},"
                + "'results': ["
                + result("b-rule", 0, "a/A.java", 2)
                + ", {'ruleId': 'gone-rule', 'ruleIndex': 7, 'message': {'text': 'm'}}]}]}");
    JsonNode results = SarifMerger.merge(List.of(a, b), "x/").at("/runs/0/results");
    assertEquals(
        2, results.size(), "the same result from two runs with different indexes is one result");
    JsonNode known = results.path(1);
    assertEquals("b-rule", known.path("ruleId").asText());
    assertEquals(1, known.path("ruleIndex").asInt());
    List<String> fields = new ArrayList<>();
    known.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("ruleId", "ruleIndex", "message", "locations"), fields);
    JsonNode unknown = results.path(0);
    assertEquals("gone-rule", unknown.path("ruleId").asText());
    assertFalse(unknown.has("ruleIndex"), "a rule no run defines gets no index");
  }
}
