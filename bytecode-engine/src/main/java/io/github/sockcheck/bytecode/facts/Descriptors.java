package io.github.sockcheck.bytecode.facts;

import java.util.ArrayList;
import java.util.List;

/** JVM method descriptors and internal names turned into the type names the rules use. */
public final class Descriptors {

  private Descriptors() {}

  /**
   * {@code java/nio/channels/DatagramChannel} → {@code java.nio.channels.DatagramChannel} ({@code
   * $} kept).
   */
  public static String dotted(String internalName) {
    return internalName.replace('/', '.');
  }

  /**
   * Parameter types of {@code (II[Ljava/lang/String;)V}: {@code [int, int, java.lang.String[]]}.
   */
  public static List<String> parameterTypes(String descriptor) {
    List<String> types = new ArrayList<>();
    int i = descriptor.indexOf('(') + 1;
    int end = descriptor.indexOf(')');
    while (i < end) {
      int next = typeEnd(descriptor, i);
      types.add(typeName(descriptor.substring(i, next)));
      i = next;
    }
    return types;
  }

  /** Return type of a method descriptor: {@code void}, {@code int}, an FQN… */
  public static String returnType(String descriptor) {
    return typeName(descriptor.substring(descriptor.indexOf(')') + 1));
  }

  /** One field descriptor as a type name. */
  public static String typeName(String fieldDescriptor) {
    int dims = 0;
    while (fieldDescriptor.charAt(dims) == '[') dims++;
    String element =
        switch (fieldDescriptor.charAt(dims)) {
          case 'Z' -> "boolean";
          case 'B' -> "byte";
          case 'C' -> "char";
          case 'S' -> "short";
          case 'I' -> "int";
          case 'J' -> "long";
          case 'F' -> "float";
          case 'D' -> "double";
          case 'V' -> "void";
          case 'L' -> dotted(fieldDescriptor.substring(dims + 1, fieldDescriptor.length() - 1));
          default ->
              throw new IllegalArgumentException("not a type descriptor: " + fieldDescriptor);
        };
    return element + "[]".repeat(dims);
  }

  private static int typeEnd(String descriptor, int start) {
    int i = start;
    while (descriptor.charAt(i) == '[') i++;
    return descriptor.charAt(i) == 'L' ? descriptor.indexOf(';', i) + 1 : i + 1;
  }
}
