package io.github.sockcheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * How source bytes become text: the declared encoding when the bytes are valid in it (a byte order
 * mark dropped), else ISO-8859-1, which keeps identifiers and numbers intact, with a flag for the
 * warning the user sees.
 */
class SourceDecoderTest {

  private static SourceDecoder.Decoded utf8(byte[] bytes) {
    return SourceDecoder.decode(bytes, StandardCharsets.UTF_8);
  }

  @Test
  void validUtf8IsReadAsIs() {
    assertEquals(
        new SourceDecoder.Decoded("class Größe {}", false),
        utf8("class Größe {}".getBytes(StandardCharsets.UTF_8)));
    assertEquals(new SourceDecoder.Decoded("", false), utf8(new byte[0]));
  }

  @Test
  void aByteOrderMarkIsDropped() {
    assertEquals(
        new SourceDecoder.Decoded("class A {}", false),
        utf8("\uFEFFclass A {}".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        new SourceDecoder.Decoded("class A {}", false),
        SourceDecoder.decode(
            "\uFEFFclass A {}".getBytes(StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE));
  }

  @Test
  void aReplacementCharacterWrittenInTheFileIsValidUtf8() {
    assertEquals(
        new SourceDecoder.Decoded("String s = \"\uFFFD\";", false),
        utf8("String s = \"\uFFFD\";".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void invalidBytesFallBackToIso88591() {
    byte[] latin1 = "class Caf\u00e9 { int x = 1; }".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(new SourceDecoder.Decoded("class Caf\u00e9 { int x = 1; }", true), utf8(latin1));
    assertEquals(
        new SourceDecoder.Decoded("class Caf\u00e9 { int x = 1; }", true),
        SourceDecoder.decode(latin1, StandardCharsets.US_ASCII));
  }

  @Test
  void iso88591IsNeverAFallBack() {
    byte[] bytes = {(byte) 0xFF, 'a'};
    assertEquals(
        new SourceDecoder.Decoded("\u00ffa", false),
        SourceDecoder.decode(bytes, StandardCharsets.ISO_8859_1));
  }
}
