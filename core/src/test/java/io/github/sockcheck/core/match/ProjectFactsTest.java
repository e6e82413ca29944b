package io.github.sockcheck.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.core.facts.ConfigFact;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.facts.RuntimeFact;
import io.github.sockcheck.core.findings.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectFactsTest {

  static Dependency dep(String name, String project) {
    return new Dependency(
        "pypi",
        name,
        "1",
        null,
        "runtime",
        null,
        List.of(name + "==1"),
        Location.line((project == null ? "" : project + "/") + "requirements.txt", 1),
        List.of(),
        project);
  }

  static RuntimeFact python(String version, String project) {
    return new RuntimeFact("python", version, null, null, project, RuntimeFact.Evidence.PIN, null);
  }

  @Test
  void eachProjectSeesItsOwnFactsAndTheScanWideOnes() {
    ProjectFacts facts =
        new ProjectFacts(
            List.of(dep("a-only", "svc/a"), dep("b-only", "svc/b"), dep("everywhere", null)),
            List.of(python("3.6", "svc/a"), python("3.11", null)),
            List.of(new ConfigFact("k", "v", null, "svc/b")));
    assertEquals(List.of("", "svc/a", "svc/b"), facts.projects());
    assertEquals(
        List.of("a-only", "everywhere"),
        facts.dependencies("svc/a").stream().map(Dependency::name).toList());
    assertEquals(
        List.of("b-only", "everywhere"),
        facts.dependencies("svc/b").stream().map(Dependency::name).toList());
    assertEquals(
        List.of("everywhere"), facts.dependencies("").stream().map(Dependency::name).toList());
    assertEquals(
        List.of("3.6"),
        facts.runtimes("svc/a", "python").stream().map(RuntimeFact::version).toList());
    assertEquals(
        List.of("3.11"),
        facts.runtimes("svc/b", "python").stream().map(RuntimeFact::version).toList(),
        "a project without its own runtime sees the scan-wide one");
    assertEquals(1, facts.configs("svc/b").size());
    assertEquals(0, facts.configs("svc/a").size());
  }

  @Test
  void aPathBelongsToTheDeepestProjectHoldingIt() {
    ProjectFacts facts =
        new ProjectFacts(
            List.of(dep("x", "svc"), dep("y", "svc/inner"), dep("z", "svcx")),
            List.of(),
            List.of());
    assertEquals("svc", facts.projectOf("svc/app.py"));
    assertEquals("svc/inner", facts.projectOf("svc/inner/pkg/app.py"));
    assertEquals("svcx", facts.projectOf("svcx/app.py"));
    assertEquals("", facts.projectOf("sv/app.py"), "a name prefix is not a directory prefix");
    assertEquals("", facts.projectOf("app.py"));
  }
}
