package io.github.sockcheck.scan.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sockcheck.core.facts.TypeLiteral;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every constant type a fact may hold comes back from the cache as it went in, with its tag. */
class FactCodecConstantsTest {

  private static final List<Object> CONSTANTS =
      Arrays.asList(
          null,
          7L,
          7,
          true,
          "seven",
          7.5d,
          7.5f,
          'x',
          (short) 7,
          (byte) 7,
          new TypeLiteral("java.lang.String"));

  private static byte[] written(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      FactCodec.constant(out, value);
    }
    return bytes.toByteArray();
  }

  @Test
  void eachConstantRoundTripsWithItsType() throws IOException {
    for (Object value : CONSTANTS) {
      Object read =
          FactCodec.constant(new DataInputStream(new ByteArrayInputStream(written(value))));
      assertEquals(value, read, String.valueOf(value));
      if (value != null) assertEquals(value.getClass(), read.getClass());
    }
  }

  @Test
  void theTagsAreTheStoredFormat() throws IOException {
    // The first byte of each: changing the order of kinds changes the format (bump FORMAT).
    byte[] tags = new byte[CONSTANTS.size()];
    for (int i = 0; i < tags.length; i++) tags[i] = written(CONSTANTS.get(i))[0];
    assertArrayEquals(new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, tags);
  }

  @Test
  void anUnknownTagOrTypeIsAnError() {
    assertThrows(
        IOException.class,
        () -> FactCodec.constant(new DataInputStream(new ByteArrayInputStream(new byte[] {11}))));
    assertThrows(IOException.class, () -> written(new Object()));
  }
}
