package io.github.sockcheck.scan.cache;

import io.github.sockcheck.core.engine.EngineId;
import io.github.sockcheck.core.findings.Finding;
import io.github.sockcheck.scan.ConfigurationException;
import io.github.sockcheck.scan.ScanRequest;
import io.github.sockcheck.scan.ScanResult;
import io.github.sockcheck.scan.Sockcheck;
import io.github.sockcheck.scan.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small project on disk for the cache tests: a rule on {@code Lib.open(int)} and four source
 * files.
 */
final class CacheProject {

  static final String RULE_ID = "cache-test-open";

  static String rule(String member, String where) {
    return TestProjects.libRule(RULE_ID, "[source]", member, where);
  }

  static final String LIB =
      """
      package com.example;
      public class Lib {
        public static final int BAD = -1;
        public static int open(int fd) { return fd; }
      }
      """;
  static final String A =
      """
      package com.example;
      class A {
        int m() { return Lib.open(Lib.BAD); }
      }
      """;
  static final String B =
      """
      package com.example;
      class B {
        int m() { return Lib.open(3); }
      }
      """;
  static final String C =
      """
      package com.example.other;
      class C {
        int plain() { return 1; }
      }
      """;

  private CacheProject() {}

  static Path create(Path dir) throws IOException {
    writeRule(dir, rule("open", "{arg: fd, less-than: 0}"));
    write(dir, "src/main/java/com/example/Lib.java", LIB);
    write(dir, "src/main/java/com/example/A.java", A);
    write(dir, "src/main/java/com/example/B.java", B);
    write(dir, "src/main/java/com/example/other/C.java", C);
    return dir;
  }

  static void writeRule(Path dir, String text) throws IOException {
    write(dir, "test-rules/" + RULE_ID + ".yaml", text);
  }

  static void write(Path dir, String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  static ScanRequest.Builder request(Path dir, Path cache) {
    return ScanRequest.builder(dir)
        .addRuleDirectory(dir.resolve("test-rules"))
        .enableRule(RULE_ID)
        .engines(EngineId.SOURCE)
        .addSourceRoot(dir.resolve("src/main/java"))
        .cacheDir(cache)
        .threads(1);
  }

  static ScanResult scan(Path dir, Path cache) throws ConfigurationException {
    return Sockcheck.scan(request(dir, cache).build());
  }

  /** The source engine's statistics of a cached scan. */
  static CacheStats sourceStats(ScanResult result) {
    return result.cacheStats().stream()
        .filter(s -> s.engine().equals("source"))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no cache statistics for the source engine: " + result.cacheStats()));
  }

  /** Findings as comparable lines: rule, file and line. */
  static List<String> lines(ScanResult result) {
    return result.findings().stream().map(CacheProject::line).toList();
  }

  /** The whole finding, for "identical findings" comparisons. */
  static List<Finding> findings(ScanResult result) {
    return result.findings();
  }

  private static String line(Finding f) {
    return f.ruleId() + " " + f.location().path() + ":" + f.location().startLine();
  }
}
