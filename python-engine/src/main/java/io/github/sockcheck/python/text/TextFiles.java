package io.github.sockcheck.python.text;

import io.github.sockcheck.core.io.FileContents;
import io.github.sockcheck.core.io.LosslessText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads text files as UTF-8 (BOM dropped), falling back to ISO-8859-1 for bytes that are not UTF-8,
 * with line ends as CPython, pip, GitHub and SARIF count them: LF, CRLF and a lone CR each end a
 * line.
 */
public final class TextFiles {

  private TextFiles() {}

  public static String read(Path file) throws IOException {
    return decode(Files.readAllBytes(file));
  }

  /** The file's text as {@code contents} has it (an unsaved editor buffer, or the disk). */
  public static String read(FileContents contents, Path file) throws IOException {
    return decode(contents.read(file));
  }

  /** UTF-8 without a BOM, or ISO-8859-1 when the bytes are not UTF-8. */
  public static String decode(byte[] bytes) {
    return loneCarriageReturnsAsNewlines(LosslessText.decode(bytes, StandardCharsets.UTF_8).text());
  }

  /**
   * Every CR not followed by LF becomes LF. CPython's tokenizer ends a line there (so do pip,
   * GitHub's line numbers and the core's {@code FileTexts}); one character for one keeps every
   * offset and column, so readers that split at LF count lines as everyone else does.
   */
  public static String loneCarriageReturnsAsNewlines(String text) {
    if (text.indexOf('\r') < 0) return text;
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n')) chars[i] = '\n';
    }
    return new String(chars);
  }

  /** The lines of text read by {@link #read}, without their line ends (a CR before LF dropped). */
  public static String[] lines(String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].endsWith("\r")) lines[i] = lines[i].substring(0, lines[i].length() - 1);
    }
    return lines;
  }

  /**
   * Offsets where each line starts ({@code \n} ends a line), for {@link
   * io.github.sockcheck.core.fix.TextOffsets#lineOf}.
   */
  public static int[] lineStarts(String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') count++;
    int[] starts = new int[count];
    int k = 1;
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[k++] = i + 1;
    return starts;
  }
}
