package io.github.sockcheck.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small projects on disk for pipeline tests. */
final class TestProjects {

  static final String RULE_ID = "test-open-call";

  static final String RULE =
      """
      id: test-open-call
      kind: call
      title: Test rule for Lib.open calls
      severity: warning
      precision: high
      tags: [reliability]
      engines: [source, bytecode]
      message: "{call}({arg:fd}) is called"
      help: |
        A rule for tests only.
      examples:
        language: java
        noncompliant: "Lib.open(-1);"
        compliant: "Lib.open(3);"
      fix: Do not call it.
      applies-to: All versions.
      evidence:
        - url: https://example.org/issue/1
          summary: "an issue"
      match:
        calls:
          - {owner: com.example.Lib, member: open, params: [int], roles: {fd: 0}}
      """;

  private TestProjects() {}

  /**
   * {@code rules/test-open-call.yaml} and {@code src/main/java/com/example/Foo.java} with the given
   * body lines.
   */
  static Path project(Path dir, String... fooLines) throws IOException {
    Path rules = Files.createDirectories(dir.resolve("test-rules"));
    Files.writeString(rules.resolve(RULE_ID + ".yaml"), RULE);
    Path pkg = Files.createDirectories(dir.resolve("src/main/java/com/example"));
    Files.writeString(pkg.resolve("Foo.java"), String.join("\n", fooLines) + "\n");
    return dir;
  }

  static ScanRequest.Builder request(Path dir) {
    return ScanRequest.builder(dir)
        .addRuleDirectory(dir.resolve("test-rules"))
        .enableRule(RULE_ID)
        .addSourceRoot(dir.resolve("src/main/java"))
        .threads(1);
  }
}
