package io.github.sockcheck.scan.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sockcheck.core.baseline.Baseline;
import io.github.sockcheck.scan.ConfigurationException;
import io.github.sockcheck.scan.ScanResult;
import io.github.sockcheck.scan.Sockcheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output files are replaced atomically: two scans writing the same SARIF, HTML or baseline path
 * over and over never let a reader see a truncated or mixed file, and leave no temporary files. A
 * baseline that cannot be parsed stops the scan with a message naming it, and is never overwritten.
 */
class OutputAtomicityTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SCANS_PER_WRITER = 2;
  private static final int WRITES_PER_SCAN = 40;

  @TempDir Path dir;

  @Test
  void concurrentSarifWritesAlwaysLeaveACompleteLog() throws Exception {
    Path project = BadProjects.goodProject(dir.resolve("project"));
    Path out = Files.createDirectories(dir.resolve("out")).resolve("sockcheck.sarif");
    List<String> written =
        race(
            project,
            out,
            (result, id) -> {
              result.writeSarif(out, id);
              return result.sarif(id);
            },
            text -> {
              JsonNode log = JSON.readTree(text);
              assertEquals("2.1.0", log.path("version").asText(), text);
              assertTrue(log.path("runs").path(0).path("results").size() >= 2, text);
            });
    assertTrue(written.contains(Files.readString(out)), "the file is one writer's log, whole");
  }

  @Test
  void concurrentHtmlWritesAlwaysLeaveACompletePage() throws Exception {
    Path project = BadProjects.goodProject(dir.resolve("project"));
    Path out = Files.createDirectories(dir.resolve("out")).resolve("sockcheck.html");
    List<String> written =
        race(
            project,
            out,
            (result, id) -> {
              result.writeHtml(out, id);
              return result.html(id);
            },
            text -> {
              assertTrue(text.startsWith("<!DOCTYPE html>"), text);
              assertTrue(text.endsWith("</html>\n"), text);
            });
    assertTrue(written.contains(Files.readString(out)), "the file is one writer's page, whole");
  }

  @Test
  void concurrentBaselineWritesAlwaysLeaveACompleteBaseline() throws Exception {
    Path project = BadProjects.goodProject(dir.resolve("project"));
    Path out = Files.createDirectories(dir.resolve("out")).resolve("sockcheck-baseline.json");
    race(
        project,
        out,
        (result, id) -> {
          result.writeBaseline(out);
          return null;
        },
        text -> {
          Path copy = Files.writeString(dir.resolve("read-copy.json"), text);
          assertEquals(2, Baseline.read(copy).entries().size(), text);
        });
    assertEquals(2, Baseline.read(out).entries().size());
  }

  @Test
  void anUnparseableBaselineStopsTheScanAndIsNeverOverwritten() throws Exception {
    Path project = BadProjects.goodProject(dir.resolve("project"));
    Path baseline = project.resolve("sockcheck-baseline.json");
    byte[] broken =
        "{\"version\": 1, \"findings\": [ {\"fingerprint\": \"abc\""
            .getBytes(StandardCharsets.UTF_8);
    Files.write(baseline, broken);

    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> Sockcheck.scan(BadProjects.request(project).baseline(baseline).build()));
    assertTrue(e.getMessage().startsWith(baseline + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("not a valid baseline"), e.getMessage());
    assertArrayEquals(broken, Files.readAllBytes(baseline), "the broken baseline was modified");
  }

  private interface Writer {
    /** Writes the output for {@code result}; returns the text written when known. */
    String write(ScanResult result, String automationId) throws Exception;
  }

  private interface Reader {
    void check(String text) throws Exception;
  }

  /**
   * Two writer threads, each scanning the project and writing {@code out} many times, while a third
   * thread reads it as fast as it can; every read must pass {@code check}. Returns what the writers
   * wrote.
   */
  private List<String> race(Path project, Path out, Writer writer, Reader reader) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger reads = new AtomicInteger();
    try {
      List<Future<String>> writers = new ArrayList<>();
      for (String id : List.of("writer-a/", "writer-b/")) {
        writers.add(
            pool.submit(
                () -> {
                  String text = null;
                  for (int s = 0; s < SCANS_PER_WRITER; s++) {
                    ScanResult result =
                        Sockcheck.scan(BadProjects.request(project).threads(1).build());
                    BadProjects.assertGoodFindings(result);
                    for (int w = 0; w < WRITES_PER_SCAN; w++) text = writer.write(result, id);
                  }
                  return text;
                }));
      }
      Future<?> readerTask =
          pool.submit(
              () -> {
                while (writing.get() || reads.get() == 0) {
                  String text;
                  try {
                    text = Files.readString(out);
                  } catch (NoSuchFileException e) {
                    Thread.onSpinWait();
                    continue;
                  }
                  reader.check(text);
                  reads.incrementAndGet();
                }
                return null;
              });
      List<String> written = new ArrayList<>();
      try {
        for (Future<String> f : writers) written.add(f.get());
      } finally {
        writing.set(false);
      }
      readerTask.get();
      assertTrue(reads.get() > 0, "the reader never saw the file");
      assertNoTemporaryFiles(out.getParent(), out);
      return written;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertNoTemporaryFiles(Path dir, Path out) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(Set.of(out), Set.copyOf(files.toList()), "temporary files were left behind");
    }
  }
}
