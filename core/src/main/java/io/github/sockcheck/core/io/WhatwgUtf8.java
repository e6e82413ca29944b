package io.github.sockcheck.core.io;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 decoding as the WHATWG Encoding Standard specifies it, which is what Node.js does, and so
 * what GitHub's upload action sees when it hashes a file for {@code primaryLocationLineHash}.
 * Java's own decoder differs on bytes that encode a surrogate ({@code ED A0..BF xx}): it replaces
 * the whole sequence with one U+FFFD, the standard replaces each byte. Same text, same line hashes.
 */
public final class WhatwgUtf8 {

  private static final char REPLACEMENT = '\uFFFD';

  private WhatwgUtf8() {}

  /**
   * The text of {@code bytes}; every maximal invalid subsequence becomes one U+FFFD. A BOM is kept.
   */
  public static String decode(byte[] bytes) {
    // Valid UTF-8 decodes alike everywhere; Java's decoder is fast and leaves no U+FFFD of its own.
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.indexOf(REPLACEMENT) < 0 ? text : decodeByteByByte(bytes);
  }

  private static String decodeByteByByte(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length);
    int codePoint = 0;
    int needed = 0;
    int seen = 0;
    int lower = 0x80;
    int upper = 0xBF;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (needed == 0) {
        if (b <= 0x7F) {
          out.append((char) b);
        } else if (b >= 0xC2 && b <= 0xDF) {
          needed = 1;
          codePoint = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
          if (b == 0xE0) lower = 0xA0; // no overlong forms
          if (b == 0xED) upper = 0x9F; // no surrogates
          needed = 2;
          codePoint = b & 0x0F;
        } else if (b >= 0xF0 && b <= 0xF4) {
          if (b == 0xF0) lower = 0x90; // no overlong forms
          if (b == 0xF4) upper = 0x8F; // nothing above U+10FFFF
          needed = 3;
          codePoint = b & 0x07;
        } else {
          out.append(REPLACEMENT);
        }
        continue;
      }
      if (b < lower || b > upper) {
        // The sequence so far is one error; the byte itself starts over.
        codePoint = 0;
        needed = 0;
        seen = 0;
        lower = 0x80;
        upper = 0xBF;
        out.append(REPLACEMENT);
        i--;
        continue;
      }
      lower = 0x80;
      upper = 0xBF;
      codePoint = (codePoint << 6) | (b & 0x3F);
      if (++seen == needed) {
        out.appendCodePoint(codePoint);
        codePoint = 0;
        needed = 0;
        seen = 0;
      }
    }
    if (needed != 0) out.append(REPLACEMENT);
    return out.toString();
  }
}
