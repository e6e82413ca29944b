package io.github.sockcheck.source;

import static io.github.sockcheck.source.TestSupport.lineOf;

import io.github.sockcheck.core.facts.CallSite;
import io.github.sockcheck.core.rules.RulePack;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests that scan {@link LibJar}'s project share: the jar and the project, built once per
 * test class, the rule on the jar's constructor and the call site at a marker of {@code Use.java}.
 */
abstract class ScansLibJar {

  @TempDir static Path dir;
  static Path jar;
  static Path project;

  @BeforeAll
  static void buildJar() throws Exception {
    jar = LibJar.build(dir);
    project = LibJar.project(dir);
  }

  static RulePack pack() {
    return new RulePack(
        List.of(
            TestSupport.rule(
                "ctor",
                TestSupport.pattern("lib.Native", "<init>"),
                TestSupport.pattern("org.unknown.Thing", "<init>"))));
  }

  static CallSite site(TestSupport.Sink sink, String marker) {
    return sink.atLine("Use.java", lineOf(LibJar.USE, marker));
  }
}
