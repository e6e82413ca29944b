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
    Finding inA = Finding.of("zeta-rule", "in module a", Severity.WARNING, Precision.HIGH, Location.line("a/A.java", 3), "source");
    Finding inB = Finding.of("alpha-rule", "in module b", Severity.ERROR, Precision.HIGH, Location.line("b/B.java", 1), "source");
    Finding shared = Finding.of("zeta-rule", "on the parent pom", Severity.WARNING, Precision.HIGH, Location.line("pom.xml", 9), "combination");
    Report a = new Report(root, List.of(SarifSamples.rule("zeta-rule", Severity.WARNING, null, List.of("x"))),
        List.of(inA, shared), List.of(Notification.warning("source", null, "module a note")), "0.1.0", "sockcheck/a/");
    Report b = new Report(root,
        List.of(SarifSamples.rule("alpha-rule", Severity.ERROR, null, List.of("y")),
            SarifSamples.rule("zeta-rule", Severity.WARNING, null, List.of("x"))),
        List.of(inB, shared), List.of(), "0.1.0", "sockcheck/b/");
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
    assertEquals("a/A.java", results.at("/0/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals("b/B.java", results.at("/1/locations/0/physicalLocation/artifactLocation/uri").asText());
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
    SarifWriter.forUpload().write(new Report(root, List.of(), List.of(), List.of(), "0.1.0", null), none);
    SarifWriter.forUpload().write(new Report(root, List.of(), List.of(), List.of(), "0.1.0", "java/"), categorised);

    Path merged = root.resolve("out/merged.sarif");
    SarifMerger.merge(List.of(none, none), null, merged);
    assertFalse(SarifJson.MAPPER.readTree(merged.toFile()).at("/runs/0").has("automationDetails"));
    SarifMerger.merge(List.of(categorised, categorised), null, merged);
    assertEquals("java/", SarifJson.MAPPER.readTree(merged.toFile()).at("/runs/0/automationDetails/id").asText());
  }
}
