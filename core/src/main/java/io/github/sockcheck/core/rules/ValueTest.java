package io.github.sockcheck.core.rules;

import io.github.sockcheck.core.facts.ArgOrigin;
import java.util.List;
import java.util.Set;

/**
 * A test on one argument's {@link io.github.sockcheck.core.facts.ArgFact}. Unknown values never
 * pass.
 */
public sealed interface ValueTest {

  /** The integral constant is one of {@code values}. */
  record Equals(List<Long> values) implements ValueTest {}

  /** The integral constant is below {@code bound}. */
  record LessThan(long bound) implements ValueTest {}

  /** The integral constant is at most {@code bound}. */
  record AtMost(long bound) implements ValueTest {}

  /** The argument is the null literal. */
  record IsNull() implements ValueTest {}

  /** The argument was not supplied at all (Python keyword left out). */
  record Absent() implements ValueTest {}

  /**
   * The value was read from a named constant whose simple or qualified name matches one of the
   * globs ({@code PF_UNSPEC}, {@code AF_*}, {@code org.apache.tomcat.jni.Socket.APR_UNSPEC}).
   */
  record Constant(List<String> names) implements ValueTest {}

  /**
   * The value is a {@code String} constant equal to one of {@code values} (literal, folded or read
   * from a named constant: bytecode only sees the value, javac inlines {@code static final
   * String}s).
   */
  record StringValue(List<String> values) implements ValueTest {}

  /**
   * The value is the boolean constant {@code value}. Bytecode has no boolean constants ({@code
   * true} is {@code iconst_1}), so the integral constants 1 and 0 pass as {@code true} and {@code
   * false}.
   */
  record Is(boolean value) implements ValueTest {}

  /** The value is the result of a call matching one of the patterns. */
  record FromCall(List<MemberPattern> calls) implements ValueTest {}

  /**
   * The value is a class literal ({@code Socket.class}) whose type matches one of the globs: the
   * fully qualified name ({@code java.net.Socket}, nested classes with {@code $} or {@code .}), the
   * name inside its package ({@code Outer.Inner}) or the simple name.
   */
  record ClassLiteral(List<String> types) implements ValueTest {}

  /** The value's origin is one of these. */
  record Origin(Set<ArgOrigin> origins) implements ValueTest {}
}
