package io.github.sockcheck.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.sockcheck.core.io.FileTexts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vectors published with GitHub codeql-action's fingerprinting (src/fingerprints.test.ts). */
class LineHashTest {

  @Test
  void emptyFile() {
    assertEquals(Map.of(1, "c129715d7a2bc9a3:1"), LineHash.hashes(""));
  }

  @Test
  void whitespaceIsIgnoredAndHashesRunAcrossLines() {
    assertEquals(
        Map.of(
            1,
            "271789c17abda88f:1",
            2,
            "54703d4cd895b18:1",
            3,
            "180aee12dab6264:1",
            4,
            "a23a3dc5e078b07b:1"),
        LineHash.hashes(" a\nb\n  \t\tc\n d"));
  }

  @Test
  void carriageReturnsAreLineFeeds() {
    assertEquals(LineHash.hashes("a\nb\nc\n"), LineHash.hashes("a\r\nb\rc\r\n"));
  }

  @Test
  void identicalWindowsAreNumberedByOccurrence() {
    Map<Integer, String> hashes = LineHash.hashes("x\n".repeat(250));
    // Lines more than 100 characters before the end see the same window of "x\n" pairs.
    assertEquals(hashes.get(1).split(":")[0], hashes.get(2).split(":")[0]);
    assertEquals("1", hashes.get(1).split(":")[1]);
    assertEquals("2", hashes.get(2).split(":")[1]);
    assertNotEquals(hashes.get(249), hashes.get(250));
  }

  /**
   * Encoded surrogates ({@code ED A0 80}, {@code ED BF BF}) are invalid UTF-8; Node, which runs the
   * upload action, replaces each byte with U+FFFD, Java's decoder each sequence. The expected
   * values are what codeql-action v4.35.5 (lib/upload-lib.js, postProcessSarifFiles, whose
   * src/fingerprints.ts is the same in v4.36.2) wrote into a SARIF result without a hash on each
   * line of this file, run offline under Node 20 with scripts/github-upload-offline.js.
   */
  @Test
  void invalidUtf8IsDecodedAsTheUploadActionDecodesIt(@TempDir Path dir) throws IOException {
    byte[] bytes =
        concat(
            "String s = \"".getBytes(StandardCharsets.US_ASCII),
            new byte[] {
              (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xED, (byte) 0xBF, (byte) 0xBF
            },
            "\";\nint x = 1;\n".getBytes(StandardCharsets.US_ASCII));
    Files.write(dir.resolve("Surrogates.java"), bytes);
    String text = new FileTexts(dir).text("Surrogates.java").orElseThrow();
    Map<Integer, String> hashes = LineHash.hashes(text);
    assertEquals("e5011a062aff06d3:1", hashes.get(1));
    assertEquals("7eee6af4b5adf395:1", hashes.get(2));
    assertNotEquals(
        "e5011a062aff06d3:1",
        LineHash.hashes(new String(bytes, StandardCharsets.UTF_8)).get(1),
        "Java's own decoder gives another hash: the decoding is what this test is about");
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) out.writeBytes(part);
    return out.toByteArray();
  }

  @Test
  void lineAfterTheLastIsAbsent() {
    assertNull(LineHash.hashForLine("a\nb", 3));
    assertEquals(
        LineHash.hashes(" a\nb\n  \t\tc\n d").get(3),
        LineHash.hashForLine(" a\nb\n  \t\tc\n d", 3));
  }
}
