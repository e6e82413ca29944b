package io.github.sockcheck.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes source bytes losslessly: the declared charset when the bytes are valid in it, else ISO-8859-1. */
final class SourceDecoder {

  /** @param fellBack true when the bytes were not valid in the declared charset */
  record Decoded(String text, boolean fellBack) {}

  private SourceDecoder() {}

  static Decoded decode(byte[] bytes, Charset declared) {
    String text;
    boolean fellBack = false;
    try {
      text = declared.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      // ISO-8859-1 maps every byte to one char: never fails, and identifiers/numbers stay intact.
      text = new String(bytes, StandardCharsets.ISO_8859_1);
      fellBack = true;
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
    return new Decoded(text, fellBack);
  }
}
