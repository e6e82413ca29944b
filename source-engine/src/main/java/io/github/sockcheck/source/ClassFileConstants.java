package io.github.sockcheck.source;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
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

/**
 * Reads the value of a {@code static final} field from its class file's {@code ConstantValue} attribute,
 * in the classpath jars/directories or the running JDK. Nothing is loaded or initialised. Thread-safe.
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
   * The constant value of field {@code name} in class {@code classFqn} (dots for packages, {@code $} for
   * nesting): Long for integral types, Boolean, String, Double/Float; empty when not a constant.
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
    if (entry.startsWith("java/") || entry.startsWith("javax/") || entry.startsWith("jdk/")
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

  /** Field name → constant value (or NONE) of the static final fields with a ConstantValue attribute. */
  static Map<String, Object> parse(byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file");
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    Object[] pool = new Object[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> pool[i] = in.readUTF();
        case 3 -> pool[i] = in.readInt();
        case 4 -> pool[i] = in.readFloat();
        case 5 -> { pool[i] = in.readLong(); i++; }
        case 6 -> { pool[i] = in.readDouble(); i++; }
        case 7, 8, 16, 19, 20 -> pool[i] = new Ref(in.readUnsignedShort());
        case 9, 10, 11, 12, 17, 18 -> in.readInt();
        case 15 -> { in.readUnsignedByte(); in.readUnsignedShort(); }
        default -> throw new IOException("bad constant pool tag " + tag);
      }
    }
    in.readUnsignedShort(); // access
    in.readUnsignedShort(); // this
    in.readUnsignedShort(); // super
    int interfaces = in.readUnsignedShort();
    for (int i = 0; i < interfaces; i++) in.readUnsignedShort();
    Map<String, Object> result = new java.util.HashMap<>();
    int fields = in.readUnsignedShort();
    for (int f = 0; f < fields; f++) {
      int access = in.readUnsignedShort();
      String name = (String) pool[in.readUnsignedShort()];
      String descriptor = (String) pool[in.readUnsignedShort()];
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        String attrName = (String) pool[in.readUnsignedShort()];
        int length = in.readInt();
        if ("ConstantValue".equals(attrName) && length == 2 && (access & 0x0018) == 0x0018) {
          Object raw = pool[in.readUnsignedShort()];
          if (raw instanceof Ref ref) raw = pool[ref.index()];
          result.put(name, convert(raw, descriptor));
        } else {
          in.skipNBytes(length);
        }
      }
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

  private record Ref(int index) {}
}
