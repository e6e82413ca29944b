package io.github.sockcheck.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Reads the value of a {@code static final} field from its class file's {@code ConstantValue}
 * attribute (with ASM), in the classpath jars/directories or the running JDK. Nothing is loaded or
 * initialised. Thread-safe.
 */
final class ClassFileConstants implements Closeable {

  private static final Object NONE = new Object();

  private final List<Path> classpath;
  private final Map<Path, Optional<JarFile>> jars = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Object>> byClass = new ConcurrentHashMap<>();

  ClassFileConstants(List<Path> classpath) {
    this.classpath = List.copyOf(classpath);
  }

  /**
   * The constant value of field {@code name} in class {@code classFqn} (dots for packages, {@code
   * $} for nesting): Long for integral types, Boolean, String, Double/Float; empty when not a
   * constant.
   */
  Optional<Object> value(String classFqn, String name) {
    Map<String, Object> fields = byClass.computeIfAbsent(classFqn, this::load);
    Object v = fields.get(name);
    return v == null || v == NONE ? Optional.empty() : Optional.of(v);
  }

  /** True when a class file for {@code classFqn} exists on the classpath or in the JDK. */
  boolean exists(String classFqn) {
    return !byClass.computeIfAbsent(classFqn, this::load).containsKey("<missing>");
  }

  private Map<String, Object> load(String classFqn) {
    String entry = classFqn.replace('.', '/') + ".class";
    try {
      byte[] bytes = find(entry);
      if (bytes == null) return Map.of("<missing>", NONE);
      return parse(bytes);
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
  }

  private byte[] find(String entry) throws IOException {
    for (Path element : classpath) {
      if (Files.isDirectory(element)) {
        Path file = element.resolve(entry);
        if (Files.isRegularFile(file)) return Files.readAllBytes(file);
      } else {
        Optional<JarFile> jar = jars.computeIfAbsent(element, ClassFileConstants::open);
        if (jar.isPresent()) {
          ZipEntry ze = jar.get().getEntry(entry);
          if (ze != null) {
            try (InputStream in = jar.get().getInputStream(ze)) {
              return in.readAllBytes();
            }
          }
        }
      }
    }
    // The JDK's own classes (java.*, javax.*, jdk.*): resources of the boot/platform loaders.
    if (entry.startsWith("java/")
        || entry.startsWith("javax/")
        || entry.startsWith("jdk/")
        || entry.startsWith("sun/")) {
      try (InputStream in = ClassLoader.getPlatformClassLoader().getResourceAsStream(entry)) {
        if (in != null) return in.readAllBytes();
      }
    }
    return null;
  }

  private static Optional<JarFile> open(Path jar) {
    try {
      return Optional.of(new JarFile(jar.toFile(), false));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Field name → constant value (or NONE) of the static final fields with a ConstantValue
   * attribute.
   */
  static Map<String, Object> parse(byte[] bytes) throws IOException {
    Map<String, Object> result = new java.util.HashMap<>();
    try {
      new ClassReader(bytes)
          .accept(
              new ClassVisitor(Opcodes.ASM9) {
                @Override
                public FieldVisitor visitField(
                    int access, String name, String descriptor, String signature, Object value) {
                  boolean staticFinal =
                      (access & (Opcodes.ACC_STATIC | Opcodes.ACC_FINAL))
                          == (Opcodes.ACC_STATIC | Opcodes.ACC_FINAL);
                  if (staticFinal && value != null) result.put(name, convert(value, descriptor));
                  return null;
                }
              },
              ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    } catch (RuntimeException e) {
      throw new IOException("not a readable class file: " + e, e);
    }
    return result;
  }

  private static Object convert(Object raw, String descriptor) {
    if (raw == null) return NONE;
    return switch (descriptor) {
      case "I", "S", "B", "C", "J" -> ((Number) raw).longValue();
      case "Z" -> ((Number) raw).intValue() != 0;
      default -> raw;
    };
  }

  @Override
  public void close() {
    List<JarFile> open = new ArrayList<>();
    jars.values().forEach(o -> o.ifPresent(open::add));
    jars.clear();
    for (JarFile jar : open) {
      try {
        jar.close();
      } catch (IOException ignored) {
        // Closing a read-only jar cannot lose data.
      }
    }
  }
}
