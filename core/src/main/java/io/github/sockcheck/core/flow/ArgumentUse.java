package io.github.sockcheck.core.flow;

import io.github.sockcheck.core.rules.MemberPattern;
import java.util.List;

/**
 * A library call that calls a method on one of its arguments, inside the library: {@code new
 * NioServerSocketChannel(ssc)} calls {@code ssc.socket()} in its constructor. A rule asking which
 * calls a value reaches ({@code result-used-by}) sees {@link #use} at the library call.
 *
 * @param params the parameter types of the overload (a constructor's other overloads may not do it)
 * @param arg the 0-based position of the argument the library uses
 * @param use the call the library makes on it ({@code owner#member})
 * @param source where the behaviour is documented (library source at a tag)
 */
public record ArgumentUse(
    MemberPattern call, List<String> params, int arg, MemberPattern use, String source) {

  public ArgumentUse {
    params = List.copyOf(params);
  }
}
