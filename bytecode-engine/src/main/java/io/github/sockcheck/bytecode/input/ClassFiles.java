package io.github.sockcheck.bytecode.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads the class files of a class directory or a jar, with bounds so that a zip bomb cannot
 * exhaust memory: at most {@link Limits#maxClassBytes} per class and {@link Limits#maxJarBytes} per
 * jar (uncompressed, counted as read, never trusting the sizes the zip declares).
 */
public final class ClassFiles {

  /** Per-entry and per-jar byte budgets. */
  public record Limits(long maxClassBytes, long maxJarBytes) {
    public static final Limits DEFAULT = new Limits(16L << 20, 1L << 30);
  }

  /** Where class files go, and where problems go. */
  public interface Visitor {
    /**
     * @param where the class file, e.g. {@code target/classes/a/B.class} or {@code
     *     lib.jar!/a/B.class}
     */
    void classFile(Path root, String where, byte[] bytes);

    void problem(Path file, String message);

    /**
     * Whether to inflate a jar entry ({@code a/B.class}) at all; false skips it before any byte is
     * read (e.g. a class an earlier class root already holds).
     */
    default boolean wants(String entryName) {
      return true;
    }
  }

  private final Limits limits;

  public ClassFiles(Limits limits) {
    this.limits = limits;
  }

  /**
   * The class entry names of a jar ({@code a/B.class}), from its zip directory only (nothing
   * inflated); empty for a directory or an unreadable file (its reading reports the problem).
   */
  public static List<String> jarClassEntries(Path root) {
    List<String> names = new ArrayList<>();
    if (!Files.isRegularFile(root)) return names;
    try (ZipFile zip = new ZipFile(root.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String name = entry.getName();
        if (!entry.isDirectory() && name.endsWith(".class") && !name.startsWith("META-INF/"))
          names.add(name);
      }
    } catch (IOException | RuntimeException e) {
      names.clear();
    }
    return names;
  }

  public void read(Path root, Visitor visitor) {
    if (Files.isDirectory(root)) readDirectory(root, visitor);
    else if (Files.isRegularFile(root)) readJar(root, visitor);
    else visitor.problem(root, "class root does not exist");
  }

  private void readDirectory(Path dir, Visitor visitor) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(p -> p.getFileName().toString().endsWith(".class") && Files.isRegularFile(p))
          .sorted()
          .forEach(files::add);
    } catch (IOException | RuntimeException e) {
      visitor.problem(dir, "cannot list class directory: " + e.getMessage());
    }
    for (Path file : files) {
      try {
        long size = Files.size(file);
        if (size > limits.maxClassBytes()) {
          visitor.problem(
              file, "class file larger than " + limits.maxClassBytes() + " bytes, skipped");
          continue;
        }
        visitor.classFile(dir, file.toString(), Files.readAllBytes(file));
      } catch (IOException e) {
        visitor.problem(file, "cannot read class file: " + e.getMessage());
      }
    }
  }

  private void readJar(Path jar, Visitor visitor) {
    long budget = limits.maxJarBytes();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String name = entry.getName();
        if (entry.isDirectory()
            || !name.endsWith(".class")
            || name.startsWith("META-INF/")
            || !visitor.wants(name)) continue;
        long limit = Math.min(limits.maxClassBytes(), budget);
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
          bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
          visitor.problem(jar, "cannot read " + name + ": " + e.getMessage());
          continue;
        }
        if (bytes.length > limit) {
          if (limit < limits.maxClassBytes()) {
            visitor.problem(
                jar,
                "more than "
                    + limits.maxJarBytes()
                    + " uncompressed bytes of classes; rest of the jar skipped");
            return;
          }
          visitor.problem(
              jar,
              name + " is larger than " + limits.maxClassBytes() + " bytes uncompressed, skipped");
          budget -= bytes.length;
          continue;
        }
        budget -= bytes.length;
        visitor.classFile(jar, jar + "!/" + name, bytes);
      }
    } catch (ZipException e) {
      visitor.problem(jar, "not a readable jar/zip file: " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      visitor.problem(jar, "cannot read jar: " + e);
    }
  }
}
