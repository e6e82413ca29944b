package io.github.sockcheck.core.flow;

import io.github.sockcheck.core.rules.MemberPattern;

/**
 * A library call whose result is one of its inputs: a fluent method returning its receiver ({@code
 * DatagramChannel#bind}), or a view of it ({@code FileDescriptor#intValue} is the descriptor's
 * number). The value keeps the origins of that input.
 *
 * @param from {@link #RECEIVER}, or the 0-based argument position
 * @param source where the behaviour is documented (Javadoc, library source at a tag)
 */
public record PassThrough(MemberPattern call, int from, String source) {

  public static final int RECEIVER = -1;
}
