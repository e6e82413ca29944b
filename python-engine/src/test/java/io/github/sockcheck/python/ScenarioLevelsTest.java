package io.github.sockcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.core.findings.Precision;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.match.CombinationMatcher;
import io.github.sockcheck.core.versions.MavenVersionScheme;
import io.github.sockcheck.core.versions.Pep440VersionScheme;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The level, precision and message of the deployed-project scenarios (markers only say rule and
 * line): a confirmed finding names the evidence that decided it; a supported range says some
 * runtimes are affected; nothing deciding is one level lower and says so (the user guide's table of
 * levels).
 */
class ScenarioLevelsTest {

  private static final String RULE = "gunicorn-gevent-fileno-without-proto";

  private static Finding only(String scenario) throws Exception {
    Path dir = TestSupport.repoRoot().resolve("testdata/rules").resolve(RULE).resolve(scenario);
    RecordingSink sink = TestSupport.scan(dir, TestSupport.rules());
    List<Finding> findings =
        new CombinationMatcher(
                TestSupport.rules(),
                Map.of("pypi", new Pep440VersionScheme(), "maven", new MavenVersionScheme()))
            .match(sink.dependencies(), sink.runtimes(), sink.configs(), sink.callSites()).stream()
                .filter(f -> f.ruleId().equals(RULE))
                .toList();
    assertEquals(1, findings.size(), findings.toString());
    return findings.get(0);
  }

  @Test
  void confirmedByTheDockerfileThatRunsTheServer() throws Exception {
    Finding f = only("single-stage-py312");
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(Precision.MEDIUM, f.precision());
    assertTrue(
        f.message().contains("Python 3.12 from Dockerfile:1 (FROM python:3.12-alpine)"),
        f.message());
    assertTrue(f.message().contains("gunicorn worker class gevent from Dockerfile:9"), f.message());
  }

  @Test
  void inAMonorepoEachServiceIsConfirmedByItsOwnFiles() throws Exception {
    Finding f = only("monorepo-three-services");
    assertEquals("services/checkout/requirements.txt", f.location().path());
    assertTrue(
        f.message().contains("Python 3.11 from services/checkout/Dockerfile:1"), f.message());
    assertTrue(
        f.message().contains("gunicorn worker class gevent from services/checkout/Dockerfile:6"),
        f.message());
  }

  @Test
  void aComposeServiceTakesItsWorkerFromTheComposeCommand() throws Exception {
    Finding f = only("compose-two-services");
    assertEquals("api/requirements.txt", f.location().path());
    assertTrue(f.message().contains("Python 3.11 from api/Dockerfile:1"), f.message());
    assertTrue(
        f.message().contains("gunicorn worker class gevent from compose.yaml:4"), f.message());
  }

  @Test
  void onlyRequiresPythonMeansSomeSupportedRuntimesAreAffected() throws Exception {
    Finding f = only("requires-python-only");
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(Precision.LOW, f.precision());
    assertTrue(
        f.message()
            .contains(
                "some supported Python versions are affected: >=3.6 from pyproject.toml:4"
                    + " (requires-python)"),
        f.message());
  }

  @Test
  void noEvidenceIsOneLevelLowerAndSaysWhatIsMissing() throws Exception {
    Finding f = only("no-evidence");
    assertEquals(Severity.NOTE, f.severity());
    assertEquals(Precision.LOW, f.precision());
    assertTrue(
        f.message().contains("the target Python version could not be determined"), f.message());
    assertTrue(
        f.message().contains("the gunicorn worker class could not be determined"), f.message());
  }

  @Test
  void anUnpinnedRequirementFoundThroughPipAdmitsEveryRelease() throws Exception {
    Finding f = only("pip-named-unpinned");
    assertEquals("deploy/prod.txt", f.location().path());
    assertEquals(Severity.NOTE, f.severity(), "a version range or none: one level lower");
    assertTrue(f.message().startsWith("gunicorn (unpinned) with a gevent worker"), f.message());
    assertTrue(
        f.message()
            .contains(
                "gunicorn is declared without a version (deploy/prod.txt:1), so every release is"
                    + " admitted"),
        f.message());
    assertTrue(
        f.message().contains("gunicorn worker class gevent from deploy/gunicorn_settings.py:2"),
        f.message());
  }
}
