package io.github.sockcheck.bytecode.input;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * A tiny class-file reader for the pre-filter: checks the header, walks the constant pool, and answers
 * whether the class references a method some rule pattern names. Reading the constant pool is a fraction
 * of what SpotBugs does per class, so irrelevant classes cost little.
 *
 * @param internalName the class's own name ({@code com/example/Foo})
 * @param majorVersion the class-file major version (61 = Java 17)
 * @param relevant true when the class references a method ({@code owner.member}) a pattern names
 */
public record ClassFileSummary(String internalName, int majorVersion, boolean relevant) {

  private static final int MAGIC = 0xCAFEBABE;

  /** Thrown for bytes that are not a well-formed class-file header and constant pool. */
  public static final class BadClassFileException extends IOException {
    BadClassFileException(String message) {
      super(message);
    }
  }

  /** Marks an any-owner entry in the {@code calls} index of {@link #readCalls}. */
  public static final String ANY_OWNER = "*";

  /**
   * The precise pre-filter: relevant when the constant pool holds a method reference (a call, or a method
   * handle) {@code owner.member} that some pattern names: {@code calls} maps a member name to the owner
   * internal names that matter, {@link #ANY_OWNER} for patterns whose owner is {@code *} or that match
   * subtypes. The detector only looks at invocations whose referenced owner and name fit a pattern, so a
   * class without such a reference cannot yield a call site.
   */
  public static ClassFileSummary readCalls(byte[] bytes, Map<String, Set<String>> calls) throws BadClassFileException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != MAGIC) throw new BadClassFileException("not a class file (bad magic number)");
      in.readUnsignedShort(); // minor
      int major = in.readUnsignedShort();
      int count = in.readUnsignedShort();
      if (count == 0) throw new BadClassFileException("empty constant pool");
      String[] utf8 = new String[count];
      int[] classNameIndex = new int[count];
      int[] refClass = new int[count];
      int[] refNameAndType = new int[count];
      int[] natName = new int[count];
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 7 -> classNameIndex[i] = in.readUnsignedShort();
          case 10, 11 -> {
            refClass[i] = in.readUnsignedShort();
            refNameAndType[i] = in.readUnsignedShort();
          }
          case 12 -> {
            natName[i] = in.readUnsignedShort();
            in.readUnsignedShort();
          }
          case 8, 16, 19, 20 -> in.readUnsignedShort();
          case 3, 4, 9, 17, 18 -> in.readInt();
          case 5, 6 -> {
            in.readLong();
            i++; // 8-byte constants take two slots
          }
          case 15 -> {
            in.readUnsignedByte();
            in.readUnsignedShort();
          }
          default -> throw new BadClassFileException("corrupt constant pool (tag " + tag + " at entry " + i + ")");
        }
      }
      in.readUnsignedShort(); // access flags
      int thisClass = in.readUnsignedShort();
      String name = nameOf(thisClass, classNameIndex, utf8);
      if (name == null) throw new BadClassFileException("corrupt this_class index " + thisClass);
      boolean relevant = false;
      for (int i = 1; i < count && !relevant; i++) {
        if (refNameAndType[i] == 0) continue;
        int nat = refNameAndType[i];
        if (nat <= 0 || nat >= count || natName[nat] <= 0 || natName[nat] >= count) continue;
        Set<String> owners = calls.get(utf8[natName[nat]]);
        if (owners == null) continue;
        relevant = owners.contains(ANY_OWNER) || owners.contains(nameOf(refClass[i], classNameIndex, utf8));
      }
      return new ClassFileSummary(name, major, relevant);
    } catch (EOFException e) {
      throw new BadClassFileException("truncated class file");
    } catch (BadClassFileException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new BadClassFileException("corrupt class file: " + e);
    }
  }

  private static String nameOf(int classIndex, int[] classNameIndex, String[] utf8) {
    if (classIndex <= 0 || classIndex >= classNameIndex.length) return null;
    int nameIndex = classNameIndex[classIndex];
    return nameIndex > 0 && nameIndex < utf8.length ? utf8[nameIndex] : null;
  }
}
