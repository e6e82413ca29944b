package io.github.sockcheck.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void createsParentDirectoriesAndReplacesContent() throws IOException {
    Path target = dir.resolve("a/b/out.json");
    AtomicFiles.writeString(target, "first");
    AtomicFiles.writeString(target, "second");
    assertEquals("second", Files.readString(target));
    assertEquals(List.of(target), listing(target.getParent()), "no temp file is left behind");
  }

  @Test
  void writtenFileHasTheUsualPermissionsNotTempFilePermissions() throws IOException {
    skipUnless(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "writtenFileHasTheUsualPermissionsNotTempFilePermissions needs a POSIX file system");
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
    Path atomic = dir.resolve("atomic.txt");
    AtomicFiles.writeString(atomic, "x");
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(atomic));
  }

  @Test
  void failedMoveCleansTheTempFile() throws IOException {
    Path target = dir.resolve("occupied");
    Files.createDirectories(target.resolve("child")); // a non-empty directory cannot be replaced
    assertThrows(IOException.class, () -> AtomicFiles.writeString(target, "x"));
    assertEquals(List.of(target), listing(dir));
  }

  @Test
  void concurrentWritersNeverLeaveAMixedFile() throws Exception {
    Path target = dir.resolve("shared.txt");
    String a = "A".repeat(200_000);
    String b = "B".repeat(150_000);
    AtomicFiles.writeString(target, a);
    CyclicBarrier start = new CyclicBarrier(3);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (String content : List.of(a, b)) {
      threads.add(
          new Thread(
              () -> {
                try {
                  start.await();
                  for (int i = 0; i < 100; i++) AtomicFiles.writeString(target, content);
                } catch (Throwable t) {
                  failures.add(t);
                }
              }));
    }
    threads.forEach(Thread::start);
    start.await();
    int reads = 0;
    while (threads.stream().anyMatch(Thread::isAlive) || reads < 50) {
      String seen = Files.readString(target);
      assertTrue(
          seen.equals(a) || seen.equals(b),
          "read a file of " + seen.length() + " chars that is neither content");
      reads++;
    }
    for (Thread t : threads) t.join();
    assertTrue(failures.isEmpty(), () -> "writer failed: " + failures);
    String last = Files.readString(target);
    assertTrue(last.equals(a) || last.equals(b));
    assertEquals(List.of(target), listing(dir));
  }

  private static List<Path> listing(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }

  /**
   * Skips the test and says so in the build output: surefire prints an assumption's message only to
   * its reports.
   */
  private static void skipUnless(boolean condition, String why) {
    if (!condition) System.err.println("[sockcheck test] SKIPPED AtomicFilesTest: " + why);
    Assumptions.assumeTrue(condition, why);
  }
}
