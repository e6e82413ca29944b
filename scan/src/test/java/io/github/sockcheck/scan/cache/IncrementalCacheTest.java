package io.github.sockcheck.scan.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.scan.ScanResult;
import io.github.sockcheck.scan.Sockcheck;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental cache through the public scan API: what is re-extracted, and that findings never
 * change.
 */
class IncrementalCacheTest {

  @TempDir Path dir;
  @TempDir Path cache;

  private static final int FILES = 4;

  @Test
  void firstScanAnalysesEverythingAndTheSecondReusesEverything() throws Exception {
    CacheProject.create(dir);
    ScanResult first = CacheProject.scan(dir, cache);
    assertEquals(new CacheStats("source", 0, FILES), CacheProject.sourceStats(first));
    assertEquals(
        List.of("cache-test-open src/main/java/com/example/A.java:3"), CacheProject.lines(first));
    assertTrue(Files.isRegularFile(cache.resolve("source.facts")));

    ScanResult second = CacheProject.scan(dir, cache);
    assertEquals(new CacheStats("source", FILES, 0), CacheProject.sourceStats(second));
    assertEquals(first.findings(), second.findings());
    assertEquals(List.of(), second.notifications());
  }

  @Test
  void changingOneFileReExtractsExactlyThatFile() throws Exception {
    CacheProject.create(dir);
    CacheProject.scan(dir, cache);
    CacheProject.write(
        dir,
        "src/main/java/com/example/B.java",
        CacheProject.B.replace("Lib.open(3)", "Lib.open(-5)"));

    ScanResult again = CacheProject.scan(dir, cache);
    assertEquals(new CacheStats("source", FILES - 1, 1), CacheProject.sourceStats(again));
    assertEquals(
        List.of(
            "cache-test-open src/main/java/com/example/A.java:3",
            "cache-test-open src/main/java/com/example/B.java:3"),
        CacheProject.lines(again));
    assertEquals(uncached().findings(), again.findings());
  }

  @Test
  void changingAFileOthersResolvedAgainstReExtractsThemToo() throws Exception {
    CacheProject.create(dir);
    CacheProject.scan(dir, cache);
    // A reads Lib.BAD: its finding depends on Lib.java, which it does not contain.
    CacheProject.write(
        dir, "src/main/java/com/example/Lib.java", CacheProject.LIB.replace("BAD = -1", "BAD = 7"));

    ScanResult again = CacheProject.scan(dir, cache);
    // Lib itself, and A and B, which resolved Lib.open against it; C (another package, no call) is
    // reused.
    assertEquals(new CacheStats("source", 1, 3), CacheProject.sourceStats(again));
    assertEquals(List.of(), CacheProject.lines(again));
    assertEquals(CacheProject.lines(uncached()), CacheProject.lines(again));
  }

  @Test
  void addingAndRemovingFilesKeepsTheRestAndDropsTheirEntries() throws Exception {
    CacheProject.create(dir);
    CacheProject.scan(dir, cache);
    Files.delete(dir.resolve("src/main/java/com/example/other/C.java"));
    CacheProject.write(
        dir,
        "src/main/java/com/example/other/D.java",
        "package com.example.other;\nclass D { int m() { return com.example.Lib.open(-2); } }\n");

    ScanResult again = CacheProject.scan(dir, cache);
    assertEquals(new CacheStats("source", 3, 1), CacheProject.sourceStats(again));
    assertEquals(CacheProject.lines(uncached()), CacheProject.lines(again));
    assertEquals(2, again.findings().size());
  }

  @Test
  void changingARuleCallPatternInvalidatesTheCache() throws Exception {
    CacheProject.create(dir);
    CacheProject.scan(dir, cache);
    CacheProject.writeRule(dir, CacheProject.rule("create", "{arg: fd, less-than: 0}"));

    ScanResult again = CacheProject.scan(dir, cache);
    assertEquals(new CacheStats("source", 0, FILES), CacheProject.sourceStats(again));
    assertTrue(
        again.notifications().stream()
            .anyMatch(n -> n.level() == Severity.NOTE && n.message().contains("out of date")),
        again.notifications().toString());
    assertEquals(List.of(), CacheProject.lines(again));
  }

  @Test
  void changingOnlyARuleConditionReusesTheFactsButFindingsFollowTheRule() throws Exception {
    CacheProject.create(dir);
    CacheProject.scan(dir, cache);
    CacheProject.writeRule(dir, CacheProject.rule("open", "{arg: fd, at-most: 3}"));

    ScanResult again = CacheProject.scan(dir, cache);
    // Matching runs on all facts on every scan: no re-extraction is needed for a new condition.
    assertEquals(new CacheStats("source", FILES, 0), CacheProject.sourceStats(again));
    assertEquals(2, again.findings().size());
    assertEquals(CacheProject.lines(uncached()), CacheProject.lines(again));
  }

  @Test
  void changingTheConfigurationInvalidatesTheCache() throws Exception {
    CacheProject.create(dir);
    CacheProject.scan(dir, cache);

    Path jar = dir.resolve("lib/dep.jar");
    Files.createDirectories(jar.getParent());
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("org/dep/Thing.class"));
      out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61});
      out.closeEntry();
    }
    ScanResult withClasspath =
        Sockcheck.scan(CacheProject.request(dir, cache).addClasspath(jar).build());
    assertEquals(new CacheStats("source", 0, FILES), CacheProject.sourceStats(withClasspath));

    ScanResult sameAgain =
        Sockcheck.scan(CacheProject.request(dir, cache).addClasspath(jar).build());
    assertEquals(new CacheStats("source", FILES, 0), CacheProject.sourceStats(sameAgain));

    ScanResult otherRelease =
        Sockcheck.scan(CacheProject.request(dir, cache).addClasspath(jar).javaRelease(11).build());
    assertEquals(new CacheStats("source", 0, FILES), CacheProject.sourceStats(otherRelease));
  }

  @Test
  void aCorruptCacheIsReportedAndIgnoredWithIdenticalFindings() throws Exception {
    CacheProject.create(dir);
    var expected = CacheProject.scan(dir, cache).findings();
    Path file = cache.resolve("source.facts");
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(file, bytes);

    ScanResult again = CacheProject.scan(dir, cache);
    assertEquals(new CacheStats("source", 0, FILES), CacheProject.sourceStats(again));
    assertEquals(expected, again.findings());
    List<Notification> warnings =
        again.notifications().stream()
            .filter(n -> n.level() == Severity.WARNING && n.message().contains("corrupt"))
            .toList();
    assertEquals(1, warnings.size(), again.notifications().toString());

    // The rescan rewrote a good cache.
    assertEquals(
        new CacheStats("source", FILES, 0),
        CacheProject.sourceStats(CacheProject.scan(dir, cache)));
  }

  @Test
  void aTruncatedOrForeignCacheFileIsCorruptToo() throws Exception {
    CacheProject.create(dir);
    CacheProject.scan(dir, cache);
    Path file = cache.resolve("source.facts");
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 40));
    ScanResult truncated = CacheProject.scan(dir, cache);
    assertEquals(new CacheStats("source", 0, FILES), CacheProject.sourceStats(truncated));

    Files.writeString(file, "not a cache at all");
    ScanResult foreign = CacheProject.scan(dir, cache);
    assertEquals(new CacheStats("source", 0, FILES), CacheProject.sourceStats(foreign));
    assertTrue(foreign.notifications().stream().anyMatch(n -> n.message().contains("corrupt")));
  }

  @Test
  void aCacheCopiedWithTheProjectToAnotherDirectoryStaysValid(@TempDir Path elsewhere)
      throws Exception {
    CacheProject.create(dir);
    ScanResult first = CacheProject.scan(dir, cache);
    Path project = elsewhere.resolve("checkout");
    Path movedCache = elsewhere.resolve("restored-cache");
    copyTree(dir, project);
    copyTree(cache, movedCache);

    ScanResult moved = CacheProject.scan(project, movedCache);
    assertEquals(new CacheStats("source", FILES, 0), CacheProject.sourceStats(moved));
    assertEquals(first.findings(), moved.findings());
  }

  @Test
  void withoutACacheDirectoryNothingIsWritten() throws Exception {
    CacheProject.create(dir);
    ScanResult result = CacheProject.scan(dir, null);
    assertEquals(List.of(), result.cacheStats());
    try (Stream<Path> files = Files.list(cache)) {
      assertEquals(0, files.count());
    }
  }

  private ScanResult uncached() throws Exception {
    return CacheProject.scan(dir, null);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else {
          Files.createDirectories(target.getParent());
          try (OutputStream out = Files.newOutputStream(target)) {
            Files.copy(p, out);
          }
        }
      }
    }
  }
}
