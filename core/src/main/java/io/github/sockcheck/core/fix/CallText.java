package io.github.sockcheck.core.fix;

import java.util.List;

/**
 * A call as it is written in a file, found again by a language's {@link SourceEditor}: character
 * offsets (UTF-16, 0-based, end exclusive) into the file text.
 *
 * @param start where the call expression starts (its receiver or {@code new})
 * @param end just after its closing parenthesis
 * @param open the offset of the {@code (} that opens the argument list
 * @param close the offset of the {@code )} that closes it
 * @param args the arguments in order
 */
public record CallText(int start, int end, int open, int close, List<Arg> args) {

  public CallText {
    args = List.copyOf(args);
  }

  /**
   * One argument: {@code keyword} is the Python keyword ({@code fileno=}) or null for a positional
   * argument; the offsets span the whole argument, keyword included; {@code value} is the text of
   * the value alone.
   */
  public record Arg(String keyword, int start, int end, String value) {}
}
