package io.github.sockcheck.bytecode.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;

/**
 * What a class file's header and constant pool say, read with ASM's {@link ClassReader} without
 * touching the code: the pre-filter's answer (does the class reference a method some pattern names,
 * or name a type some pattern constructs?) and the references that decide which classes can answer
 * the value-flow solver's needs.
 *
 * @param name the class's internal name ({@code a/b/C})
 * @param superName the internal name of the superclass, null for {@code java/lang/Object}
 * @param interfaces internal names of the direct interfaces
 * @param methodRefs {@code owner.name} of every method reference (calls and method handles),
 *     platform owners ({@code java/}, {@code javax/}, {@code jdk/}, {@code sun/}) left out: no need
 *     asks for them
 * @param fieldRefs {@code owner.name} of every field reference, platform owners left out
 * @param relevant the pre-filter's verdict for the probes it was read with
 */
public record ConstantPool(
    String name,
    String superName,
    List<String> interfaces,
    Set<String> methodRefs,
    Set<String> fieldRefs,
    boolean relevant) {

  private static final int FIELDREF = 9;
  private static final int METHODREF = 10;
  private static final int INTERFACE_METHODREF = 11;
  private static final int CLASS = 7;

  /** The owner in a probe map that stands for "any owner". */
  public static final String ANY_OWNER = "*";

  /**
   * Reads the pool. The class is relevant when it references a method {@code owner.member} the
   * probes name ({@code member → owner internal names}, {@link #ANY_OWNER} for any owner), or names
   * one of {@code types} (internal names: a class literal, a cast, {@code X::new} of a type a
   * {@code type:} code use names).
   */
  public static ConstantPool read(byte[] bytes, Map<String, Set<String>> probes, Set<String> types)
      throws BadClassFileException {
    BadClassFileException.checkMagic(bytes);
    try {
      ClassReader reader = new ClassReader(bytes);
      char[] buffer = new char[Math.max(reader.getMaxStringLength(), 16)];
      Set<String> methods = new LinkedHashSet<>();
      Set<String> fields = new LinkedHashSet<>();
      boolean relevant = false;
      String self = reader.getClassName();
      for (int i = 1; i < reader.getItemCount(); i++) {
        int offset = reader.getItem(i);
        if (offset == 0) continue; // second slot of a long or double
        int tag = reader.readByte(offset - 1);
        if (tag == CLASS) {
          if (!relevant && !types.isEmpty()) {
            String named = reader.readUTF8(offset, buffer);
            relevant =
                types.contains(named)
                    && !named.equals(self); // a class naming itself is no use of it
          }
          continue;
        }
        if (tag != METHODREF && tag != INTERFACE_METHODREF && tag != FIELDREF) continue;
        String owner = reader.readClass(offset, buffer);
        String member =
            reader.readUTF8(reader.getItem(reader.readUnsignedShort(offset + 2)), buffer);
        if (tag != FIELDREF && !relevant) {
          Set<String> owners = probes.get(member);
          relevant = owners != null && (owners.contains(ANY_OWNER) || owners.contains(owner));
        }
        if (!isPlatform(owner)) (tag == FIELDREF ? fields : methods).add(owner + "." + member);
      }
      return new ConstantPool(
          reader.getClassName(),
          reader.getSuperName(),
          List.of(reader.getInterfaces()),
          Set.copyOf(methods),
          Set.copyOf(fields),
          relevant);
    } catch (RuntimeException e) {
      throw BadClassFileException.of(e);
    }
  }

  /** Whether a type is the platform's ({@code java/...}): references to it are not indexed. */
  public static boolean isPlatform(String internalName) {
    return internalName.startsWith("java/")
        || internalName.startsWith("javax/")
        || internalName.startsWith("jdk/")
        || internalName.startsWith("sun/")
        || internalName.startsWith("[");
  }

  /** The package part of an internal name, dotted ({@code a.b}), "" for the unnamed package. */
  public String packageName() {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? "" : name.substring(0, slash).replace('/', '.');
  }

  /** The direct supertypes, superclass first. */
  public List<String> supertypes() {
    List<String> direct = new ArrayList<>();
    if (superName != null) direct.add(superName);
    direct.addAll(interfaces);
    return direct;
  }
}
