package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sockcheck.core.engine.CachedFile;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.io.FileContents;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Phase 1 of a scan, one file: what is skipped with which message (too large, binary, unreadable),
 * how the text is decoded, the file's type key and content hash, and the pre-filter's verdict.
 */
class SourceReaderTest {

  @TempDir Path root;

  private static SourceReader reader(long maxBytes, boolean hashing) {
    return new SourceReader(
        new SourceEngineOptions(StandardCharsets.UTF_8, maxBytes),
        new CallPrefilter(TestSupport.pack()),
        hashing,
        FileContents.DISK);
  }

  private Path file(String relative, byte[] bytes) throws Exception {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  private static final String CALLS =
      "package p;\nclass A { Object m() throws Exception { return System.inheritedChannel(); } }\n";

  @Test
  void aSourceFileIsDecodedKeyedAndFiltered() throws Exception {
    Path a = file("p/A.java", CALLS.getBytes(StandardCharsets.UTF_8));
    SourceReader.Read r = reader(1000, true).read(a, "p/A.java", null);
    assertEquals(CALLS, r.text());
    assertEquals("p.A", r.typeKey());
    assertTrue(r.candidate());
    assertEquals(SourceReader.contentHash(CALLS.getBytes(StandardCharsets.UTF_8)), r.hash());
    assertNull(r.cached());
    assertEquals(List.of(), r.notifications());

    Path b = file("B.java", "class B { void m() {} }\n".getBytes(StandardCharsets.UTF_8));
    SourceReader.Read rb = reader(1000, false).read(b, "B.java", null);
    assertEquals("B", rb.typeKey(), "the default package");
    assertFalse(rb.candidate(), "no call a rule names");
    assertNull(rb.hash(), "no hash without a cache");
  }

  @Test
  void aFileOverTheSizeLimitIsSkippedWithAWarning() throws Exception {
    byte[] bytes = CALLS.getBytes(StandardCharsets.UTF_8);
    Path a = file("p/A.java", bytes);
    assertEquals(
        CALLS, reader(bytes.length, false).read(a, "p/A.java", null).text(), "at the limit");
    SourceReader.Read r = reader(bytes.length - 1, false).read(a, "p/A.java", null);
    assertNull(r.text());
    assertFalse(r.candidate());
    Notification n = r.notifications().get(0);
    assertEquals(Severity.WARNING, n.level());
    assertEquals(
        "p/A.java: skipped, "
            + bytes.length
            + " bytes is over the source size limit of "
            + (bytes.length - 1)
            + " bytes",
        n.message());
    assertEquals("p/A.java", n.location().path());
  }

  @Test
  void aNulByteMakesTheFileBinaryAndNamesItsLine() throws Exception {
    Path a =
        file("p/A.java", "package p;\nclass A {\n int\0 x; }\n".getBytes(StandardCharsets.UTF_8));
    SourceReader.Read r = reader(1000, true).read(a, "p/A.java", null);
    assertNull(r.text());
    assertNull(r.typeKey());
    assertFalse(r.candidate());
    Notification n = r.notifications().get(0);
    assertEquals(Severity.ERROR, n.level());
    assertEquals(3, n.location().startLine());
    assertTrue(n.message().startsWith("p/A.java:3: contains NUL bytes"), n.message());
    assertTrue(n.message().endsWith("Save Java sources as UTF-8"), n.message());
  }

  @Test
  void onlyTheFirst8000BytesAreCheckedForNul() {
    byte[] late = new byte[8001];
    Arrays.fill(late, (byte) ' ');
    late[8000] = 0;
    assertFalse(SourceReader.looksBinary(late));
    late[7999] = 0;
    assertTrue(SourceReader.looksBinary(late));
    assertFalse(SourceReader.looksBinary(new byte[0]));
    assertEquals(1, SourceReader.lineOfFirstNul(new byte[] {'a', 0}));
    assertEquals(3, SourceReader.lineOfFirstNul(new byte[] {'\n', '\r', '\n', 0, '\n'}));
  }

  @Test
  void invalidUtf8IsReadAsIso88591WithAWarning() throws Exception {
    Path a =
        file("p/A.java", "package p; class Caf\u00e9 {}".getBytes(StandardCharsets.ISO_8859_1));
    SourceReader.Read r = reader(1000, false).read(a, "p/A.java", null);
    assertEquals("package p; class Caf\u00e9 {}", r.text());
    assertEquals(
        List.of("p/A.java: not valid UTF-8; read as ISO-8859-1"),
        r.notifications().stream().map(Notification::message).toList());
    assertEquals(Severity.WARNING, r.notifications().get(0).level());
  }

  @Test
  void anUnreadableFileIsAnError() {
    SourceReader.Read r = reader(1000, false).read(root.resolve("gone.java"), "gone.java", null);
    assertNull(r.text());
    assertFalse(r.candidate());
    assertTrue(r.notifications().get(0).message().startsWith("gone.java: cannot read: "));
    assertEquals(Severity.ERROR, r.notifications().get(0).level());
  }

  @Test
  void anUnchangedFileKeepsItsCachedEntryAndIsNotDecoded() throws Exception {
    byte[] bytes = CALLS.getBytes(StandardCharsets.UTF_8);
    Path a = file("p/A.java", bytes);
    String hash = SourceReader.contentHash(bytes);
    CachedFile before =
        new CachedFile(
            hash, "p.A", Set.of(), List.of(), List.of(), List.of(), true, true, List.of());
    SourceReader.Read r = reader(1000, true).read(a, "p/A.java", before);
    assertNull(r.text());
    assertEquals("p.A", r.typeKey());
    assertTrue(r.candidate());
    assertEquals(before, r.cached());
    assertEquals(CALLS, reader(1000, true).decode(r), "decoded later when needed");

    CachedFile noProvides =
        new CachedFile(hash, "", Set.of(), List.of(), List.of(), List.of(), false, true, List.of());
    SourceReader.Read unnamed = reader(1000, true).read(a, "p/A.java", noProvides);
    assertNull(unnamed.typeKey());
    assertFalse(unnamed.candidate());

    CachedFile changed =
        new CachedFile(
            "0-0-0", "p.A", Set.of(), List.of(), List.of(), List.of(), false, true, List.of());
    SourceReader.Read again = reader(1000, true).read(a, "p/A.java", changed);
    assertEquals(CALLS, again.text(), "a changed file is read again");
    assertNull(again.cached());
  }

  @Test
  void decodeGivesNothingForAFileThatBecameTooLargeOrBinaryOrGone() throws Exception {
    byte[] bytes = CALLS.getBytes(StandardCharsets.UTF_8);
    Path a = file("p/A.java", bytes);
    SourceReader.Read cached =
        new SourceReader.Read(a, "p/A.java", "h", "p.A", null, true, null, List.of());
    assertNull(reader(bytes.length - 1, false).decode(cached));
    Files.write(a, new byte[] {'a', 0});
    assertNull(reader(1000, false).decode(cached));
    Files.delete(a);
    assertNull(reader(1000, false).decode(cached));
  }

  @Test
  void theContentHashChangesWithTheContent() {
    String h = SourceReader.contentHash("abc".getBytes(StandardCharsets.UTF_8));
    assertEquals(h, SourceReader.contentHash("abc".getBytes(StandardCharsets.UTF_8)));
    assertNotEquals(h, SourceReader.contentHash("abd".getBytes(StandardCharsets.UTF_8)));
    assertTrue(h.startsWith("3-"), "the length comes first: " + h);
  }

  @Test
  void theSizeLimitMustBePositive() {
    assertThrows(
        IllegalArgumentException.class, () -> new SourceEngineOptions(StandardCharsets.UTF_8, 0));
    assertEquals(1, new SourceEngineOptions(StandardCharsets.UTF_8, 1).maxFileBytes());
    assertEquals(2L * 1024 * 1024, SourceEngineOptions.defaults().maxFileBytes());
  }
}
