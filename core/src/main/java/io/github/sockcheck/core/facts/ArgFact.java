package io.github.sockcheck.core.facts;

/**
 * What an engine knows about one argument of a call.
 *
 * @param constant the value when {@code origin} is CONSTANT: {@link Long} for integral values,
 *     {@link String}, {@link Boolean}; null otherwise. Enum constants have no value here, only a name.
 * @param constantName the fully qualified name of the named constant the value was read from
 *     ({@code jnr.constants.platform.ProtocolFamily.PF_UNSPEC}, {@code org.apache.tomcat.jni.Socket.APR_UNSPEC}),
 *     null when the value was a literal or the bytecode had it inlined
 * @param producedBy for CALL origin: {@code owner#member} of the call whose result is the argument,
 *     e.g. {@code io.netty.channel.unix.FileDescriptor#intValue}; null otherwise
 * @param text the argument as written in source (for messages); may be null in bytecode
 */
public record ArgFact(ArgOrigin origin, Object constant, String constantName, String producedBy, String text) {

  public static final ArgFact ABSENT = new ArgFact(ArgOrigin.ABSENT, null, null, null, null);
  public static final ArgFact UNKNOWN = new ArgFact(ArgOrigin.UNKNOWN, null, null, null, null);

  public static ArgFact ofInt(long value, String constantName, String text) {
    return new ArgFact(ArgOrigin.CONSTANT, value, constantName, null, text);
  }

  public static ArgFact ofNull(String text) {
    return new ArgFact(ArgOrigin.NULL, null, null, null, text);
  }

  public static ArgFact ofCall(String producedBy, String text) {
    return new ArgFact(ArgOrigin.CALL, null, null, producedBy, text);
  }

  public static ArgFact of(ArgOrigin origin, String text) {
    return new ArgFact(origin, null, null, null, text);
  }

  /** The integral value, or null when this is not an integral constant. */
  public Long intValue() {
    return constant instanceof Long l ? l : constant instanceof Integer i ? Long.valueOf(i) : null;
  }

  /** Text for messages: the source text, the constant's name or its value. */
  public String describe() {
    if (text != null) return text;
    if (constantName != null) return constantName.substring(constantName.lastIndexOf('.') + 1);
    if (origin == ArgOrigin.NULL) return "null";
    if (constant != null) return String.valueOf(constant);
    if (producedBy != null) return producedBy.replace('#', '.') + "(...)";
    return origin.name().toLowerCase(java.util.Locale.ROOT);
  }
}
