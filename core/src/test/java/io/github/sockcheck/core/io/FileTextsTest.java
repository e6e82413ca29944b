package io.github.sockcheck.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTextsTest {

  @TempDir Path root;

  @Test
  void splitsAllLineEndsWithoutAPhantomLastLine() {
    assertEquals(List.of("a", "b", "", "c"), FileTexts.splitLines("a\r\nb\r\rc"));
    assertEquals(List.of("a", "b"), FileTexts.splitLines("a\nb\n"));
    assertEquals(List.of(), FileTexts.splitLines(""));
  }

  @Test
  void readsOnceAndReportsMissingFilesAsEmpty() throws Exception {
    Files.writeString(root.resolve("x.txt"), "one\ntwo\n");
    FileTexts texts = new FileTexts(root);
    assertEquals(Optional.of("two"), texts.line("x.txt", 2));
    Files.writeString(root.resolve("x.txt"), "changed\n");
    assertEquals(
        Optional.of("two"), texts.line("x.txt", 2), "the first read is cached for the scan");
    assertTrue(texts.line("x.txt", 3).isEmpty());
    assertTrue(texts.text("missing.txt").isEmpty());
  }
}
