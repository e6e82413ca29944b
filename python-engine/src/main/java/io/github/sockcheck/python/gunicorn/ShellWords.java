package io.github.sockcheck.python.gunicorn;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits shell text into words the way a POSIX shell would for simple commands: single and double
 * quotes, backslash escapes, {@code \}-newline continuations, {@code #} comments at word start, and
 * command separators ({@code ; && || | & newline}, parentheses) as separate {@link
 * Word#separator()} words. Offsets point into the text given, so callers can turn them into file
 * positions.
 *
 * <p>Hand-written on purpose: command-line splitters (plexus-utils, commons-exec) return bare
 * strings, without offsets.
 */
public final class ShellWords {

  /**
   * @param start offset of the word's first character (its opening quote, if quoted); @param end
   *     exclusive
   */
  public record Word(String text, int start, int end, boolean separator) {}

  private ShellWords() {}

  public static List<Word> split(String text) {
    return split(text, 0, text.length());
  }

  public static List<Word> split(String s, int from, int to) {
    List<Word> words = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < to && s.charAt(i + 1) == '\n') {
        i += 2;
      } else if (c == '\\' && i + 2 < to && s.charAt(i + 1) == '\r' && s.charAt(i + 2) == '\n') {
        i += 3;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        i++;
      } else if (c == '\n' || c == ';' || c == '(' || c == ')') {
        words.add(new Word(String.valueOf(c), i, i + 1, true));
        i++;
      } else if (c == '&' || c == '|') {
        int len = i + 1 < to && s.charAt(i + 1) == c ? 2 : 1;
        words.add(new Word(s.substring(i, i + len), i, i + len, true));
        i += len;
      } else if (c == '#') {
        while (i < to && s.charAt(i) != '\n') i++;
      } else {
        i = word(s, i, to, words);
      }
    }
    return words;
  }

  private static int word(String s, int i, int to, List<Word> words) {
    int start = i;
    StringBuilder out = new StringBuilder();
    while (i < to) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ';' || c == '&' || c == '|'
          || c == '(' || c == ')') break;
      if (c == '\'') {
        int end = s.indexOf('\'', i + 1);
        if (end < 0 || end >= to) end = to;
        out.append(s, i + 1, end);
        i = Math.min(to, end + 1);
      } else if (c == '"') {
        i++;
        while (i < to && s.charAt(i) != '"') {
          char d = s.charAt(i);
          if (d == '\\' && i + 1 < to && "\"\\$`\n".indexOf(s.charAt(i + 1)) >= 0) {
            if (s.charAt(i + 1) != '\n') out.append(s.charAt(i + 1));
            i += 2;
          } else {
            out.append(d);
            i++;
          }
        }
        i = Math.min(to, i + 1);
      } else if (c == '\\' && i + 1 < to) {
        if (s.charAt(i + 1) != '\n') out.append(s.charAt(i + 1));
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    words.add(new Word(out.toString(), start, i, false));
    return i;
  }
}
