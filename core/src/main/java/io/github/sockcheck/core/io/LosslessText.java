package io.github.sockcheck.core.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes file bytes without losing any: in a charset when they are valid in it, else as
 * ISO-8859-1, which maps every byte to one char, so identifiers, numbers and line counts stay
 * intact. A leading byte-order mark is dropped.
 */
public final class LosslessText {

  /**
   * @param fellBack true when the bytes were not valid in the charset asked for
   */
  public record Decoded(String text, boolean fellBack) {}

  private LosslessText() {}

  public static Decoded decode(byte[] bytes, Charset charset) {
    try {
      String text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return new Decoded(withoutBom(text), false);
    } catch (CharacterCodingException e) {
      return new Decoded(withoutBom(new String(bytes, StandardCharsets.ISO_8859_1)), true);
    }
  }

  /** {@code text} without a leading byte-order mark. */
  public static String withoutBom(String text) {
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }
}
