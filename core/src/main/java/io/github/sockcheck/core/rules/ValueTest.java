package io.github.sockcheck.core.rules;

import io.github.sockcheck.core.facts.ArgOrigin;
import java.util.List;
import java.util.Set;

/** A test on one argument's {@link io.github.sockcheck.core.facts.ArgFact}. Unknown values never pass. */
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
   * The value was read from a named constant whose simple or qualified name matches one of the globs
   * ({@code PF_UNSPEC}, {@code AF_*}, {@code org.apache.tomcat.jni.Socket.APR_UNSPEC}).
   */
  record Constant(List<String> names) implements ValueTest {}

  /** The value is the result of a call matching one of the patterns. */
  record FromCall(List<MemberPattern> calls) implements ValueTest {}

  /** The value's origin is one of these. */
  record Origin(Set<ArgOrigin> origins) implements ValueTest {}
}
