package io.github.sockcheck.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.facts.RuntimeFact.Evidence;
import io.github.sockcheck.core.findings.Location;
import io.github.sockcheck.core.match.RuntimeDecision.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuntimeDecisionTest {

  static RuntimeFact fact(
      String version, String constraint, Evidence evidence, String path, int line, String source) {
    return new RuntimeFact(
        "python", version, constraint, Location.line(path, line), "svc", evidence, source);
  }

  static final RuntimeFact DOCKER_36 =
      fact("3.6", null, Evidence.DEPLOYMENT, "svc/Dockerfile", 9, "FROM python:3.6-slim");
  static final RuntimeFact PYENV_311 =
      fact("3.11", null, Evidence.PIN, "svc/.python-version", 1, null);
  static final RuntimeFact REQUIRES_36 =
      fact(null, ">=3.6", Evidence.SUPPORTED, "svc/pyproject.toml", 4, "requires-python");
  static final RuntimeFact CI_312 =
      fact("3.12", null, Evidence.TEST, ".github/workflows/ci.yml", 14, "setup-python");

  @Test
  void deploymentOutranksPinsRangesAndTests() {
    RuntimeDecision.Result r =
        RuntimeDecision.test(
            "python", ">=3.7.0b1", List.of(CI_312, REQUIRES_36, PYENV_311, DOCKER_36));
    assertEquals(Verdict.NOT_AFFECTED, r.verdict());
    assertEquals(DOCKER_36, r.decidedBy());
  }

  @Test
  void aPinConfirmsAndTheNoteNamesFileAndLine() {
    RuntimeDecision.Result r =
        RuntimeDecision.test("python", ">=3.7.0b1", List.of(REQUIRES_36, PYENV_311, CI_312));
    assertEquals(Verdict.CONFIRMED, r.verdict());
    assertEquals("Python 3.11", r.shown());
    assertEquals("Python 3.11 from svc/.python-version:1", r.note());
  }

  @Test
  void aSupportedRangeMeansSomeRuntimesAreAffected() {
    RuntimeDecision.Result r =
        RuntimeDecision.test("python", ">=3.7.0b1", List.of(REQUIRES_36, CI_312));
    assertEquals(Verdict.SOME, r.verdict());
    assertEquals(
        "some supported Python versions are affected: >=3.6 from svc/pyproject.toml:4 (requires-python)",
        r.note());
    assertEquals(
        Verdict.NOT_AFFECTED,
        RuntimeDecision.test(
                "python",
                ">=3.7.0b1",
                List.of(fact(null, ">=3.5,<3.7", Evidence.SUPPORTED, "setup.py", 3, null)))
            .verdict());
  }

  @Test
  void aTestSetupAloneIsNotAConfirmation() {
    RuntimeDecision.Result r = RuntimeDecision.test("python", ">=3.7", List.of(CI_312));
    assertEquals(Verdict.SOME, r.verdict());
    assertTrue(
        r.note()
            .contains("known only from the test setup, .github/workflows/ci.yml:14 (setup-python)"),
        r.note());
  }

  @Test
  void noEvidenceIsUnknownAndSaysSo() {
    RuntimeDecision.Result r = RuntimeDecision.test("python", ">=3.7", List.of());
    assertEquals(Verdict.UNKNOWN, r.verdict());
    assertTrue(r.holds());
    assertTrue(r.note().startsWith("the target Python version could not be determined"), r.note());
    assertNull(RuntimeDecision.exactVersion("python", List.of()));
  }

  @Test
  void markersAreEvaluatedAgainstTheStrongestExactVersion() {
    assertEquals(
        "3.6", RuntimeDecision.exactVersion("python", List.of(PYENV_311, REQUIRES_36, DOCKER_36)));
    assertEquals("3.11", RuntimeDecision.exactVersion("python", List.of(PYENV_311, REQUIRES_36)));
    assertNull(
        RuntimeDecision.exactVersion("python", List.of(REQUIRES_36, CI_312)),
        "a range decides: no exact version");
  }
}
