package io.github.sockcheck.core.flow;

import java.util.List;

/**
 * One value inside a method, as an engine saw it after following locals (reaching definitions): a
 * local never appears, only where its value came from. Nodes refer to each other by their index in
 * {@link MethodFacts#nodes()}; cycles (loops) are allowed.
 */
public sealed interface ValueNode {

  /**
   * A compile-time constant: {@code value} is a {@link Long} for integral types, {@link String},
   * {@link Boolean} or {@link Double}; null for a named constant of unknown value (an enum
   * constant, a static final field the engine could not fold). {@code name} is the constant's
   * qualified name ({@code org.apache.tomcat.jni.Socket.APR_UNSPEC}) or null for a literal.
   */
  record Constant(Object value, String name) implements ValueNode {}

  /** The {@code null} literal. */
  record Null() implements ValueNode {}

  /**
   * {@code X.class}: the class literal of {@code type} (fully qualified, nested with {@code $}).
   */
  record ClassLiteral(String type) implements ValueNode {}

  /** The declared parameter at {@code index} (0-based, {@code this} not counted). */
  record Parameter(int index) implements ValueNode {}

  /** {@code this} of an instance method. */
  record This() implements ValueNode {}

  /**
   * A read of field {@code owner.name}; {@code receiver} is the node of the object read from, -1
   * for static fields.
   */
  record FieldRead(String owner, String name, boolean isStatic, int receiver)
      implements ValueNode {}

  /**
   * The value call {@code call} (an index into {@link MethodFacts#calls()}) returned or
   * constructed.
   */
  record CallResult(int call) implements ValueNode {}

  /** A value of another method (the enclosing method of a lambda body or local/anonymous class). */
  record Captured(String method, int node) implements ValueNode {}

  /**
   * Any one of several values: definitions that reach the same use on different paths, {@code c ? a
   * : b}.
   */
  record Merge(List<Integer> inputs) implements ValueNode {
    public Merge {
      inputs = List.copyOf(inputs);
    }
  }

  /**
   * Anything else: arithmetic on non-constants, array elements, caught exceptions, lambda
   * parameters.
   */
  record Unknown(String why) implements ValueNode {}
}
