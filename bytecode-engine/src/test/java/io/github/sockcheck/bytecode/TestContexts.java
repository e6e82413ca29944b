package io.github.sockcheck.bytecode;

import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.engine.ScanInputs;
import io.github.sockcheck.core.facts.Dependency;
import io.github.sockcheck.core.rules.RuleLoader;
import io.github.sockcheck.core.rules.RulePack;
import java.nio.file.Path;
import java.util.List;

/** Scan contexts and rule packs for the bytecode engine's tests. */
public final class TestContexts {

  private TestContexts() {}

  public static ScanContext context(
      Path root,
      RulePack pack,
      List<Path> sourceRoots,
      List<Path> classRoots,
      List<Path> classpath) {
    return context(root, pack, sourceRoots, classRoots, classpath, List.of(), false);
  }

  public static ScanContext context(
      Path root,
      RulePack pack,
      List<Path> sourceRoots,
      List<Path> classRoots,
      List<Path> classpath,
      List<Dependency> dependencies,
      boolean scanDependencies) {
    return new ScanContext(
        ScanInputs.builder(root)
            .sourceRoots(sourceRoots)
            .classRoots(classRoots)
            .classpath(classpath)
            .dependencies(dependencies)
            .javaRelease(17)
            .scanDependencies(scanDependencies)
            .inputs(),
        pack);
  }

  /**
   * A pack of one schema-valid test rule whose {@code match:} block is {@code matchYaml} (indented
   * two spaces).
   */
  public static RulePack pack(String id, String matchYaml) throws Exception {
    String yaml =
        String.join(
            "\n",
            "id: " + id,
            "kind: call",
            "title: Test rule " + id,
            "severity: warning",
            "precision: high",
            "tags: [test]",
            "engines: [source, bytecode]",
            "message: \"{call} flagged\"",
            "help: Test only.",
            "examples:",
            "  language: java",
            "  noncompliant: a();",
            "  compliant: b();",
            "fix: Do not.",
            "applies-to: tests",
            "evidence:",
            "  - {url: \"https://example.org/test\", summary: test}",
            "match:",
            matchYaml,
            "");
    return new RulePack(List.of(new RuleLoader().parse("test/" + id + ".yaml", yaml)));
  }
}
