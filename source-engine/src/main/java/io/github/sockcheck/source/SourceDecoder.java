package io.github.sockcheck.source;

import io.github.sockcheck.core.io.LosslessText;
import java.nio.charset.Charset;
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
    if (declared.equals(StandardCharsets.UTF_8)) {
      // The JDK's String decoding is several times faster than a CharsetDecoder; it replaces
      // malformed input with U+FFFD, so only a text containing U+FFFD needs the strict check below.
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) return new Decoded(LosslessText.withoutBom(text), false);
    }
    LosslessText.Decoded strict = LosslessText.decode(bytes, declared);
    return new Decoded(strict.text(), strict.fellBack());
  }
}
