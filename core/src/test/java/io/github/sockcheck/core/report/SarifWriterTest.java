package io.github.sockcheck.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.io.FileTexts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifWriterTest {

  @TempDir Path root;

  private JsonNode run(String json) throws IOException {
    return SarifJson.MAPPER.readTree(json).path("runs").path(0);
  }

  @Test
  void representativeReportIsValidSarif() throws IOException {
    Report report = SarifSamples.representative(root);
    for (SarifWriter writer : List.of(SarifWriter.includingSuppressed(), SarifWriter.forUpload())) {
      String json = writer.toJson(report);
      assertEquals(List.of(), SarifSchema.errors(json));
    }
  }

  @Test
  void schemaValidationCanFail() throws IOException {
    String broken;
    try (InputStream in = getClass().getResourceAsStream("/sarif/broken-start-line-0.sarif")) {
      broken = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> errors = SarifSchema.errors(broken);
    assertTrue(
        errors.stream().anyMatch(e -> e.startsWith("minimum") && e.contains("startLine")),
        errors::toString);
    assertTrue(
        errors.stream().anyMatch(e -> e.startsWith("enum") && e.contains("level")),
        errors::toString);

    ObjectNode tree = SarifWriter.includingSuppressed().toTree(SarifSamples.representative(root));
    ((ObjectNode) tree.at("/runs/0/results/1/locations/0/physicalLocation/region"))
        .put("startLine", 0);
    assertFalse(SarifSchema.errors(SarifJson.write(tree)).isEmpty());
  }

  @Test
  void runHasGitHubsRequiredParts() throws IOException {
    JsonNode run = run(SarifWriter.includingSuppressed().toJson(SarifSamples.representative(root)));
    JsonNode driver = run.path("tool").path("driver");
    assertEquals("sockcheck", driver.path("name").asText());
    assertEquals("0.1.0-SNAPSHOT", driver.path("semanticVersion").asText());
    List<String> ids = new ArrayList<>();
    driver.path("rules").forEach(r -> ids.add(r.path("id").asText()));
    assertEquals(List.of("gunicorn-gevent-proto", "netty-fd-datagram", "raw-socket-unspec"), ids);

    JsonNode netty = driver.path("rules").path(1);
    assertEquals("NettyFdDatagram", netty.path("name").asText());
    assertEquals(
        "Rebuilding a socket from a descriptor without naming the family lets the library guess. "
            + "The guess fails on some kernels. Fix: Pass the family explicitly.",
        netty.path("fullDescription").path("text").asText());
    // VS Code's SARIF viewer shows fullDescription, never help
    // (microsoft/sarif-vscode-extension#501).
    assertEquals(
        "Rebuilding a socket from a descriptor without naming the family lets the library guess. "
            + "The guess fails on some kernels.\n\n**Fix:** Pass the family explicitly.",
        netty.path("fullDescription").path("markdown").asText());
    assertTrue(
        netty
            .path("help")
            .path("markdown")
            .asText()
            .contains("### Noncompliant\n```java\nnew Socket(fd);\n```"));
    assertTrue(
        netty
            .path("help")
            .path("markdown")
            .asText()
            .contains("[Errno 92 on WSL1](https://example.org/issue/1)"));
    assertTrue(netty.path("help").path("text").asText().contains("Pass the family explicitly."));
    assertEquals(
        "https://github.com/sockcheck/sockcheck/blob/main/src/site/markdown/rules/netty-fd-datagram.md",
        netty.path("helpUri").asText());
    assertEquals(
        "[\"reliability\",\"netty\",\"external/cwe/cwe-628\"]",
        netty.path("properties").path("tags").toString());
    assertEquals("error", netty.path("properties").path("problem.severity").asText());
    assertEquals(
        "recommendation",
        driver.path("rules").path(2).path("properties").path("problem.severity").asText());

    assertFalse(
        run.has("automationDetails"),
        "without a category the upload action's category input applies");
    String base = run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText();
    String rootUri = root.toUri().toString();
    assertEquals(rootUri.endsWith("/") ? rootUri : rootUri + "/", base);

    JsonNode notes = run.path("invocations").path(0).path("toolExecutionNotifications");
    assertTrue(run.path("invocations").path(0).path("executionSuccessful").asBoolean());
    assertEquals(2, notes.size());
    assertFalse(
        notes.path(0).has("locations"),
        "the notification without a file comes first and has no location");
    assertEquals(
        "app/src/main/java/com/example/Broken.java",
        notes.path(1).at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals("source", notes.path(1).path("descriptor").path("id").asText());
  }

  @Test
  void resultsCarryIndexLocationsFixesAndSuppressions() throws IOException {
    JsonNode results =
        run(SarifWriter.includingSuppressed().toJson(SarifSamples.representative(root)))
            .path("results");
    assertEquals(5, results.size());
    JsonNode first = results.path(0); // app/pom.xml, no line
    assertEquals("gunicorn-gevent-proto", first.path("ruleId").asText());
    assertEquals(0, first.path("ruleIndex").asInt());
    assertEquals(
        "{\"startLine\":1,\"endLine\":1}",
        first.at("/locations/0/physicalLocation/region").toString(),
        "GitHub needs a start line even for a whole-file finding (GH1003)");

    JsonNode main = results.path(1);
    assertEquals("netty-fd-datagram", main.path("ruleId").asText());
    assertEquals(1, main.path("ruleIndex").asInt());
    assertEquals(
        "{\"startLine\":5,\"startColumn\":17,\"endLine\":5,\"endColumn\":46}",
        main.at("/locations/0/physicalLocation/region").toString());
    assertEquals(
        "%SRCROOT%", main.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText());
    assertEquals(1, main.at("/relatedLocations/0/id").asInt());
    assertEquals("joined here", main.at("/relatedLocations/0/message/text").asText());
    assertEquals(1, main.path("fixes").size(), "a fix without edits is not a SARIF fix");
    assertEquals(
        "Name the family",
        main.at("/fixes/0/description/text").asText(),
        "the fix keeps its description");
    assertEquals(
        ", InternetProtocolFamily.IPv4",
        main.at("/fixes/0/artifactChanges/0/replacements/0/insertedContent/text").asText());
    assertEquals("[\"bytecode\",\"source\"]", main.at("/properties/engines").toString());
    assertEquals("com.example.Server#start(int)", main.at("/properties/enclosing").asText());
    assertEquals("new", main.path("baselineState").asText());
    assertFalse(main.has("suppressions"));

    JsonNode suppressed = results.path(2);
    assertEquals("inSource", suppressed.at("/suppressions/0/kind").asText());
    assertEquals(
        "tested on kernel 6.1 only", suppressed.at("/suppressions/0/justification").asText());
    assertEquals(
        "{\"startLine\":6,\"endLine\":6}",
        suppressed.at("/locations/0/physicalLocation/region").toString());

    JsonNode baselined = results.path(4);
    assertEquals(
        "requirements.txt",
        baselined.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals("external", baselined.at("/suppressions/0/kind").asText());
    assertEquals("unchanged", baselined.path("baselineState").asText());
  }

  @Test
  void uploadFileLeavesSourceSuppressionsOutAndKeepsBaselinedFindingsMarked() throws IOException {
    JsonNode results =
        run(SarifWriter.forUpload().toJson(SarifSamples.representative(root))).path("results");
    assertEquals(
        4, results.size(), "the in-source suppression is left out, the baselined finding stays");
    results.forEach(r -> assertFalse(r.has("suppressions")));
    results.forEach(
        r -> assertFalse(r.path("message").path("text").asText().contains("tested on kernel")));
    assertEquals(
        1, results.findValuesAsText("baselineState").stream().filter("unchanged"::equals).count());
  }

  @Test
  void lineHashIsGitHubsHashOfTheFile() throws IOException {
    JsonNode results =
        run(SarifWriter.includingSuppressed().toJson(SarifSamples.representative(root)))
            .path("results");
    String server = Files.readString(root.resolve(SarifSamples.SERVER));
    String pom = Files.readString(root.resolve(SarifSamples.POM));
    assertEquals(
        LineHash.hashes(pom).get(1),
        results.at("/0/partialFingerprints/primaryLocationLineHash").asText());
    assertEquals(
        LineHash.hashes(server).get(5),
        results.at("/1/partialFingerprints/primaryLocationLineHash").asText());
    assertEquals(
        LineHash.hashes(server).get(6),
        results.at("/2/partialFingerprints/primaryLocationLineHash").asText());
    assertEquals(
        "gone/Missing.java",
        results.at("/3/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertFalse(
        results.path(3).has("partialFingerprints"), "no hash for a file that cannot be read");
  }

  @Test
  void sharedFileCacheGivesTheSameOutput() throws IOException {
    Report report = SarifSamples.representative(root);
    FileTexts texts = new FileTexts(root);
    assertEquals(
        SarifWriter.forUpload().toJson(report),
        SarifWriter.forUpload().readingFrom(texts).toJson(report));
    assertTrue(texts.text(SarifSamples.SERVER).isPresent());
  }

  @Test
  void outputIsDeterministic() throws IOException {
    Report report = SarifSamples.representative(root);
    Path a = root.resolve("out/a.sarif");
    Path b = root.resolve("out/b.sarif");
    SarifWriter.includingSuppressed().write(report, a);
    List<Finding> shuffled = new ArrayList<>(report.findings());
    Collections.reverse(shuffled);
    Report reordered =
        new Report(
            report.root(),
            reversed(report.rules()),
            shuffled,
            reversed(report.notifications()),
            report.toolVersion(),
            report.automationId());
    SarifWriter.includingSuppressed().write(reordered, b);
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    String text = Files.readString(a);
    assertTrue(text.endsWith("}\n") && !text.contains("\r"));
    assertTrue(
        text.startsWith(
            "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\","),
        text.substring(0, 120));
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  @Test
  void emptyScanStillHasAResultsArray() throws IOException {
    Report empty =
        new Report(root, List.of(), List.of(), List.of(), "0.1.0", "sockcheck/module-a/");
    String json = SarifWriter.forUpload().toJson(empty);
    JsonNode run = run(json);
    assertTrue(run.path("results").isArray());
    assertEquals("sockcheck/module-a/", run.path("automationDetails").path("id").asText());
    assertEquals(List.of(), SarifSchema.errors(json));
  }

  @Test
  void aCategoryBecomesTheAutomationIdAsTheUploadActionFormsIt() {
    assertEquals("sockcheck/", Report.automationIdFor("sockcheck"));
    assertEquals("java/gateway/", Report.automationIdFor("java/gateway/"));
    assertEquals(null, Report.automationIdFor(null));
    assertEquals(null, Report.automationIdFor("  "));
  }

  @Test
  void urisAreRelativeToTheSourceRootAboveAProjectInASubdirectory() throws IOException {
    Path project = root.resolve("services/gateway");
    Report inProject = SarifSamples.representative(project);
    Report inRepository =
        new Report(
            project,
            inProject.rules(),
            inProject.findings(),
            inProject.notifications(),
            inProject.toolVersion(),
            null,
            root);
    JsonNode run = run(SarifWriter.includingSuppressed().toJson(inRepository));

    String rootUri = root.toUri().toString();
    assertEquals(
        rootUri.endsWith("/") ? rootUri : rootUri + "/",
        run.at("/originalUriBaseIds/%SRCROOT%/uri").asText());
    List<String> uris = run.path("results").findValuesAsText("uri");
    assertTrue(uris.size() > 5, uris::toString);
    uris.forEach(uri -> assertTrue(uri.startsWith("services/gateway/"), uri));
    assertEquals(
        "services/gateway/app/src/main/java/com/example/Broken.java",
        run.at(
                "/invocations/0/toolExecutionNotifications/1/locations/0/physicalLocation/artifactLocation/uri")
            .asText());

    // What the upload action does: resolve the URI against the checkout and hash that file.
    JsonNode main = run.path("results").path(1);
    String uri = main.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
    String text = new FileTexts(root).text(uri).orElseThrow();
    assertEquals(
        LineHash.hashes(text)
            .get(main.at("/locations/0/physicalLocation/region/startLine").asInt()),
        main.at("/partialFingerprints/primaryLocationLineHash").asText());
  }

  @Test
  void aPathOutsideTheSourceRootIsLeftAsItIs() {
    Path project = root.resolve("services/gateway");
    SarifWriter.Uris uris = new SarifWriter.Uris(project, root);
    assertEquals("services/gateway/pom.xml", uris.sourceRootRelative("pom.xml"));
    assertEquals(
        "services/gateway/lib/a.jar!/x/Y.class", uris.sourceRootRelative("lib/a.jar!/x/Y.class"));
    assertEquals("/opt/m2/x.jar", uris.sourceRootRelative("/opt/m2/x.jar"));
    assertEquals("pom.xml", new SarifWriter.Uris(project, project).sourceRootRelative("pom.xml"));
  }

  @Test
  void aFileOutsideTheScanRootIsAnAbsoluteFileUriWithoutABase() {
    SarifWriter.Uris uris = new SarifWriter.Uris(root, root);
    JsonNode outside =
        SarifWriter.physicalLocation(Location.line("/opt/src/My Dir/A.java", 3), uris)
            .path("artifactLocation");
    assertEquals("file:///opt/src/My%20Dir/A.java", outside.path("uri").asText());
    assertTrue(outside.path("uriBaseId").isMissingNode(), outside::toString);
    JsonNode windows =
        SarifWriter.physicalLocation(Location.line("C:\\src\\A.java", 1), uris)
            .path("artifactLocation");
    assertEquals("file:///C:/src/A.java", windows.path("uri").asText());
    JsonNode inside =
        SarifWriter.physicalLocation(Location.line("src/A.java", 1), uris).path("artifactLocation");
    assertEquals("src/A.java", inside.path("uri").asText());
    assertEquals("%SRCROOT%", inside.path("uriBaseId").asText());
  }

  @Test
  void pathsAreEncodedAsUriReferences() {
    assertEquals("src/My%20Dir/A%23b.java", SarifWriter.uriReference("src/My Dir/A#b.java"));
    assertEquals("src/%C3%A9.py", SarifWriter.uriReference("src/é.py"));
  }

  /**
   * Writes the samples that `/work/shared/tools/validate-sarif` (the SARIF multitool) is run on.
   */
  @Test
  void writesSamplesForTheMultitool() throws IOException {
    Path samples =
        Path.of(System.getProperty("sockcheck.root", "..")).resolve("core/target/sarif-samples");
    Path project = samples.resolve("project");
    Report report = SarifSamples.representative(project);
    SarifWriter.includingSuppressed().write(report, samples.resolve("representative.sarif"));
    SarifWriter.forUpload().write(report, samples.resolve("representative-upload.sarif"));
    assertEquals(
        List.of(), SarifSchema.errors(Files.readString(samples.resolve("representative.sarif"))));
  }
}
