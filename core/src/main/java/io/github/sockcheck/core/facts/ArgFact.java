package io.github.sockcheck.core.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an engine knows about one argument of a call: the values that can reach it, one per path
 * through the program (several when different paths, callers or writers supply different values),
 * and its text.
 *
 * <p>A rule's condition is evaluated with one value per argument, for every combination of the
 * values that can reach the arguments: the call matches when the condition holds on some path.
 *
 * @param values at least one
 * @param text the argument as written in source (for messages); null in bytecode
 */
public record ArgFact(List<Value> values, String text) {

  /**
   * One value an argument can have.
   *
   * @param constant the value when {@code origin} is CONSTANT: {@link Long} for integral values,
   *     {@link String}, {@link Boolean}; null for named constants of unknown value (enum constants)
   * @param constantName the fully qualified name of the named constant the value was read from
   *     ({@code jnr.constants.platform.ProtocolFamily.PF_UNSPEC}), null for literals and inlined
   *     values
   * @param producedBy for CALL origin: {@code owner#member} of the call whose result it is ({@code
   *     io.netty.channel.epoll.AbstractEpollChannel#fd}); null otherwise
   * @param producerSupertypes the known supertypes of that call's owner (empty when unknown)
   * @param producerArgs for CALL origin, the arguments of that call, one level deep; recorded only
   *     for the arguments of {@link ResultUse}s (empty otherwise, and when unknown)
   */
  public record Value(
      ArgOrigin origin,
      Object constant,
      String constantName,
      String producedBy,
      java.util.Set<String> producerSupertypes,
      List<ArgFact> producerArgs) {

    public Value {
      producerSupertypes =
          producerSupertypes == null
              ? java.util.Set.of()
              : java.util.Set.copyOf(producerSupertypes);
      producerArgs = producerArgs == null ? List.of() : List.copyOf(producerArgs);
    }

    public Value(
        ArgOrigin origin,
        Object constant,
        String constantName,
        String producedBy,
        java.util.Set<String> producerSupertypes) {
      this(origin, constant, constantName, producedBy, producerSupertypes, List.of());
    }

    public Value(ArgOrigin origin, Object constant, String constantName, String producedBy) {
      this(origin, constant, constantName, producedBy, java.util.Set.of());
    }

    /** The integral value, or null when this is not an integral constant. */
    public Long intValue() {
      if (origin != ArgOrigin.CONSTANT) return null;
      return constant instanceof Long l
          ? l
          : constant instanceof Integer i ? Long.valueOf(i) : null;
    }

    String describe() {
      if (constantName != null) return constantName.substring(constantName.lastIndexOf('.') + 1);
      if (origin == ArgOrigin.NULL) return "null";
      if (constant != null) return String.valueOf(constant);
      if (producedBy != null) {
        int hash = producedBy.indexOf('#');
        String owner = hash < 0 ? "" : producedBy.substring(0, hash);
        String simple = owner.substring(owner.lastIndexOf('.') + 1).replace('$', '.');
        return (simple.isEmpty() || simple.equals("*") ? "" : simple + ".")
            + producedBy.substring(hash + 1)
            + "(...)";
      }
      return origin.name().toLowerCase(Locale.ROOT);
    }
  }

  public static final ArgFact ABSENT = of(ArgOrigin.ABSENT, null);
  public static final ArgFact UNKNOWN = of(ArgOrigin.UNKNOWN, null);

  public ArgFact {
    if (values.isEmpty()) throw new IllegalArgumentException("an argument has at least one value");
    values = List.copyOf(values);
  }

  public static ArgFact ofInt(long value, String constantName, String text) {
    return single(new Value(ArgOrigin.CONSTANT, value, constantName, null), text);
  }

  public static ArgFact ofConstant(Object value, String constantName, String text) {
    return single(new Value(ArgOrigin.CONSTANT, value, constantName, null), text);
  }

  public static ArgFact ofNull(String text) {
    return single(new Value(ArgOrigin.NULL, null, null, null), text);
  }

  public static ArgFact ofCall(String producedBy, String text) {
    return single(new Value(ArgOrigin.CALL, null, null, producedBy), text);
  }

  public static ArgFact of(ArgOrigin origin, String text) {
    return single(new Value(origin, null, null, null), text);
  }

  public static ArgFact single(Value value, String text) {
    return new ArgFact(List.of(value), text);
  }

  /** The only value, or null when several values can reach the argument. */
  public Value onlyValue() {
    return values.size() == 1 ? values.get(0) : null;
  }

  /** The only value's origin; {@link ArgOrigin#UNKNOWN} when there are several. */
  public ArgOrigin origin() {
    Value v = onlyValue();
    return v == null ? ArgOrigin.UNKNOWN : v.origin();
  }

  /** The only value's integral constant, or null. */
  public Long intValue() {
    Value v = onlyValue();
    return v == null ? null : v.intValue();
  }

  /** The only value's constant, or null. */
  public Object constant() {
    Value v = onlyValue();
    return v == null ? null : v.constant();
  }

  /** The only value's constant name, or null. */
  public String constantName() {
    Value v = onlyValue();
    return v == null ? null : v.constantName();
  }

  /** The only value's producing call, or null. */
  public String producedBy() {
    Value v = onlyValue();
    return v == null ? null : v.producedBy();
  }

  /** Text for messages: the source text, else the values ({@code a | b}). */
  public String describe() {
    if (text != null) return text;
    List<String> parts = new ArrayList<>();
    for (Value v : values) {
      String d = v.describe();
      if (!parts.contains(d)) parts.add(d);
    }
    return String.join(" | ", parts);
  }
}
