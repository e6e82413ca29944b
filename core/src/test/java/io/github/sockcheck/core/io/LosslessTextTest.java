package io.github.sockcheck.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LosslessTextTest {

  @Test
  void validBytesAreDecodedInTheCharsetWithoutTheByteOrderMark() {
    LosslessText.Decoded d =
        LosslessText.decode("\uFEFFcafé".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    assertEquals("café", d.text());
    assertFalse(d.fellBack());
  }

  @Test
  void invalidBytesFallBackToOneCharPerByte() {
    byte[] latin1 = {'a', (byte) 0xE9, '\n', '1'};
    LosslessText.Decoded d = LosslessText.decode(latin1, StandardCharsets.UTF_8);
    assertEquals("a\u00e9\n1", d.text());
    assertTrue(d.fellBack());
  }
}
