package io.github.sockcheck.bytecode.detector;

import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.ba.XMethod;
import io.github.sockcheck.core.facts.ArgFact;
import io.github.sockcheck.core.facts.ArgOrigin;

/** What one OpcodeStack item tells about an argument value. */
final class ArgFacts {

  private ArgFacts() {}

  static ArgFact of(OpcodeStack.Item item, String paramType) {
    if (item.isNull()) return ArgFact.ofNull(null);
    XField field = item.getXField();
    Object constant = normalize(item.getConstant(), paramType);
    if (field != null && field.isStatic() && (field.isFinal() || field.isEnum())) {
      // A named constant that javac did not inline (enum constant, static final set at run time).
      return ArgFact.ofConstant(constant, constantName(field), null);
    }
    // A mutable field is a FIELD even when SpotBugs knows its current value (e.g. never written).
    if (field != null && !field.isFinal()) return ArgFact.of(ArgOrigin.FIELD, null);
    if (constant != null) return ArgFact.ofConstant(constant, null, null);
    XMethod producer = item.getReturnValueOf();
    if (producer != null) return ArgFact.ofCall(producer.getClassName() + "#" + producer.getName(), null);
    if (item.isInitialParameter()) return ArgFact.of(ArgOrigin.PARAMETER, null);
    if (field != null) return ArgFact.of(ArgOrigin.FIELD, null);
    return ArgFact.UNKNOWN;
  }

  private static String constantName(XField field) {
    return field.getClassName() + "." + field.getName();
  }

  /** Integral constants as Long (booleans as Boolean), strings as is; other kinds are not compared by rules. */
  private static Object normalize(Object constant, String paramType) {
    if (constant == null) return null;
    if ("boolean".equals(paramType) && constant instanceof Integer i) return i != 0;
    if (constant instanceof Integer || constant instanceof Long || constant instanceof Short
        || constant instanceof Byte) {
      return ((Number) constant).longValue();
    }
    if (constant instanceof Character c) return (long) c.charValue();
    if (constant instanceof String || constant instanceof Boolean) return constant;
    return null;
  }
}
