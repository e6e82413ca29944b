package io.github.sockcheck.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small projects on disk for pipeline tests. */
public final class TestProjects {

  static final String RULE_ID = "test-open-call";

  static final String RULE = libRule(RULE_ID, "[source, bytecode]", "open", null);

  private TestProjects() {}

  /**
   * A rule file {@code id} on {@code com.example.Lib.<member>(int fd)} (role {@code fd}), run by
   * {@code engines} (a YAML list; a one-engine rule gets the engine note it needs) with an optional
   * {@code where:} condition.
   */
  public static String libRule(String id, String engines, String member, String where) {
    return """
        id: %s
        kind: call
        title: Test rule for Lib calls
        severity: warning
        precision: high
        tags: [reliability]
        engines: %s
        %smessage: "{call}({arg:fd}) is called"
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
            - {owner: com.example.Lib, member: %s, params: [int], roles: {fd: 0}}
        %s
        """
        .formatted(
            id,
            engines,
            engines.contains(",") ? "" : "engine-note: test rule, one engine only\n",
            member,
            where == null ? "" : "  where: " + where);
  }

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
