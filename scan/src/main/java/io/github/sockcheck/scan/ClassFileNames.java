package io.github.sockcheck.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.objectweb.asm.ClassReader;

/**
 * Reads the internal name ({@code com/example/Foo}) a class file declares (with ASM), to find its
 * class root.
 */
final class ClassFileNames {

  private ClassFileNames() {}

  static Optional<String> internalName(Path classFile) {
    try {
      return Optional.of(new ClassReader(Files.readAllBytes(classFile)).getClassName());
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // not a readable class file: its own directory is its root
    }
  }

  /**
   * The directory the class file's package is relative to; its own directory when that does not
   * fit.
   */
  static Path classRoot(Path classFile) {
    Path dir = classFile.getParent();
    Optional<String> name = internalName(classFile);
    if (name.isEmpty()) return dir;
    String[] parts = name.get().split("/");
    Path root = dir;
    for (int i = parts.length - 2; i >= 0; i--) {
      if (root == null
          || root.getFileName() == null
          || !root.getFileName().toString().equals(parts[i])) return dir;
      root = root.getParent();
    }
    return root == null ? dir : root;
  }
}
