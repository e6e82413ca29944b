package io.github.sockcheck.core.report;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * GitHub code scanning's {@code primaryLocationLineHash}: for each line, a rolling hash of the next
 * 100 characters that are not spaces or tabs (reading on across line ends), written as {@code
 * <unsigned hex>:<n>} where n counts how often that hash value has occurred so far in the file. The
 * same value computed here is what the upload action would fill in, so alerts keep their identity
 * when code moves. Arithmetic is modulo 2^64 (Java {@code long} overflow) with multiplier 37; the
 * end of the file is marked with the character 65535 followed by 100 zeros.
 *
 * <p>Hand-written on purpose: GitHub's algorithm exists only inside its upload action, so it is
 * reproduced here.
 */
public final class LineHash {

  private static final int WINDOW = 100;
  private static final long MULTIPLIER = 37;
  private static final int END_OF_FILE = 65535;

  /** MULTIPLIER^WINDOW: the weight a character has when it leaves the window. */
  private static final long LEAVING_WEIGHT = power(MULTIPLIER, WINDOW);

  private LineHash() {}

  /** Hash of every line of {@code fileText}, keyed by 1-based line number. */
  public static Map<Integer, String> hashes(String fileText) {
    return new Hasher().run(fileText);
  }

  /**
   * Hash of one line (1-based), or null when the text has no such line. Prefer {@link #hashes} per
   * file.
   */
  public static String hashForLine(String fileText, int line) {
    return hashes(fileText).get(line);
  }

  private static long power(long base, int exponent) {
    long result = 1;
    for (int i = 0; i < exponent; i++) result *= base;
    return result;
  }

  /** One pass over one file. */
  private static final class Hasher {
    private final int[] window = new int[WINDOW];

    /** The line that starts at this window slot, or 0 when no line starts there. */
    private final int[] lineStartingAt = new int[WINDOW];

    private final Map<String, Integer> seen = new HashMap<>();
    private final Map<Integer, String> result = new TreeMap<>();
    private long hash;
    private int slot;
    private int lineCount;
    private boolean nextStartsLine = true;
    private boolean previousWasCarriageReturn;

    Map<Integer, String> run(String text) {
      for (int i = 0; i < text.length(); i++) accept(text.charAt(i));
      accept(END_OF_FILE);
      // Push zeros through the window so that the lines still inside it get their hash.
      for (int i = 0; i < WINDOW; i++) {
        emitIfLineStartsHere();
        slide(0);
      }
      return result;
    }

    private void accept(int c) {
      boolean lineFeedOfCrLf = previousWasCarriageReturn && c == '\n';
      if (c == ' ' || c == '\t' || lineFeedOfCrLf) {
        previousWasCarriageReturn = false;
        return;
      }
      previousWasCarriageReturn = c == '\r';
      if (c == '\r') c = '\n';
      // The slot about to be overwritten holds the character read 100 characters ago: the hash now
      // covers exactly the 100 characters from there, so that line's hash is complete.
      emitIfLineStartsHere();
      if (nextStartsLine) {
        nextStartsLine = false;
        lineStartingAt[slot] = ++lineCount;
      }
      if (c == '\n') nextStartsLine = true;
      slide(c);
    }

    private void emitIfLineStartsHere() {
      int line = lineStartingAt[slot];
      if (line == 0) return;
      String hex = Long.toUnsignedString(hash, 16);
      int occurrence = seen.merge(hex, 1, Integer::sum);
      result.put(line, hex + ":" + occurrence);
      lineStartingAt[slot] = 0;
    }

    private void slide(int c) {
      int leaving = window[slot];
      window[slot] = c;
      hash = hash * MULTIPLIER + c - LEAVING_WEIGHT * leaving;
      slot = (slot + 1) % WINDOW;
    }
  }
}
