package io.github.sockcheck.bytecode.facts;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Class files of the JDK running the scan, read from its {@code jrt:} image ({@code
 * /packages/<pkg>} names the modules holding a package). Only the image is consulted, never the
 * application class path, so the scanner's own classes cannot stand in for the scanned program's.
 */
public final class JdkClassBytes implements ClassBytes {

  private static final JdkClassBytes INSTANCE = new JdkClassBytes();

  private final FileSystem jrt;
  private final Map<String, List<String>> modulesByPackage = new ConcurrentHashMap<>();

  private JdkClassBytes() {
    FileSystem fs;
    try {
      fs = FileSystems.getFileSystem(URI.create("jrt:/"));
    } catch (FileSystemNotFoundException | UnsupportedOperationException | SecurityException e) {
      fs = null; // not a modular runtime image: the JDK's types stay unknown (supertypes then come
      // from the program)
    }
    this.jrt = fs;
  }

  public static JdkClassBytes instance() {
    return INSTANCE;
  }

  @Override
  public byte[] find(String internalName) {
    if (jrt == null) return null;
    int slash = internalName.lastIndexOf('/');
    if (slash < 0) return null;
    String pkg = internalName.substring(0, slash).replace('/', '.');
    for (String module : modulesByPackage.computeIfAbsent(pkg, this::modules)) {
      Path file = jrt.getPath("/modules", module, internalName + ".class");
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        return bytes.length > MAX_BYTES ? null : bytes;
      } catch (IOException | RuntimeException e) {
        // not in this module: try the next one holding the package
      }
    }
    return null;
  }

  private List<String> modules(String pkg) {
    List<String> modules = new ArrayList<>();
    Path dir = jrt.getPath("/packages", pkg);
    if (!Files.isDirectory(dir)) return modules;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) modules.add(entry.getFileName().toString());
    } catch (IOException | RuntimeException e) {
      // an unreadable image directory only costs the answer
    }
    modules.sort(null);
    return modules;
  }
}
