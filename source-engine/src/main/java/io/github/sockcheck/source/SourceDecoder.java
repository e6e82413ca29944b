package io.github.sockcheck.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes source bytes losslessly: the declared charset when the bytes are valid in it, else
 * ISO-8859-1.
 */
final class SourceDecoder {

  /**
   * @param fellBack true when the bytes were not valid in the declared charset
   */
  record Decoded(String text, boolean fellBack) {}

  private SourceDecoder() {}

  static Decoded decode(byte[] bytes, Charset declared) {
    String text;
    boolean fellBack = false;
    if (declared.equals(StandardCharsets.UTF_8)) {
      // The JDK's String decoding is several times faster than a CharsetDecoder; it replaces
      // malformed
      // input with U+FFFD, so only a text containing U+FFFD needs the strict check below.
      text = new String(bytes, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) return new Decoded(stripBom(text), false);
    }
    try {
      text =
          declared
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      // ISO-8859-1 maps every byte to one char: never fails, and identifiers/numbers stay intact.
      text = new String(bytes, StandardCharsets.ISO_8859_1);
      fellBack = true;
    }
    return new Decoded(stripBom(text), fellBack);
  }

  private static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }
}
