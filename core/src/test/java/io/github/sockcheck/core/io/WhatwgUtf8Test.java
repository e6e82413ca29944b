package io.github.sockcheck.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bytes and the UTF-16 code units Node 20 decodes them to ({@code fs.createReadStream(file,
 * "utf8")}, as GitHub's upload action reads files to hash them). Java's own decoder differs on the
 * first rows.
 */
class WhatwgUtf8Test {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "eda080, fffd fffd fffd",
    "edbfbf, fffd fffd fffd",
    "eda0, fffd fffd",
    "eda080eda080, fffd fffd fffd fffd fffd fffd",
    "ed9f80, d7c0",
    "c080, fffd fffd",
    "e08080, fffd fffd fffd",
    "f0808080, fffd fffd fffd fffd",
    "f4908080, fffd fffd fffd fffd",
    "f8888080, fffd fffd fffd fffd",
    "e0a0c2a2, fffd 00a2",
    "f09080, fffd",
    "c2, fffd",
    "80, fffd",
    "ff, fffd",
    "f09f9880, d83d de00",
    "efbbbf41, feff 0041",
    "efbfbd41, fffd 0041",
  })
  void decodesAsNode(String hex, String expected) {
    String text = WhatwgUtf8.decode(HexFormat.of().parseHex(hex));
    assertEquals(
        expected,
        text.chars().mapToObj(c -> String.format("%04x", c)).collect(Collectors.joining(" ")));
  }
}
