package io.github.sockcheck.scan;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the internal name ({@code com/example/Foo}) a class file declares, to find its class root. */
final class ClassFileNames {

  private ClassFileNames() {}

  static Optional<String> internalName(Path classFile) {
    try (InputStream raw = Files.newInputStream(classFile);
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
      if (in.readInt() != 0xCAFEBABE) return Optional.empty();
      in.readUnsignedShort(); // minor
      in.readUnsignedShort(); // major
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      int[] classNameIndex = new int[count];
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 7 -> classNameIndex[i] = in.readUnsignedShort();
          case 8, 16, 19, 20 -> in.readUnsignedShort();
          case 15 -> { in.readUnsignedByte(); in.readUnsignedShort(); }
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
          case 5, 6 -> { in.readLong(); i++; }
          default -> { return Optional.empty(); }
        }
      }
      in.readUnsignedShort(); // access flags
      int thisClass = in.readUnsignedShort();
      if (thisClass <= 0 || thisClass >= count) return Optional.empty();
      int nameIndex = classNameIndex[thisClass];
      return nameIndex > 0 && nameIndex < count ? Optional.ofNullable(utf8[nameIndex]) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The directory the class file's package is relative to; its own directory when that does not fit. */
  static Path classRoot(Path classFile) {
    Path dir = classFile.getParent();
    Optional<String> name = internalName(classFile);
    if (name.isEmpty()) return dir;
    String[] parts = name.get().split("/");
    Path root = dir;
    for (int i = parts.length - 2; i >= 0; i--) {
      if (root == null || root.getFileName() == null || !root.getFileName().toString().equals(parts[i])) return dir;
      root = root.getParent();
    }
    return root == null ? dir : root;
  }
}
