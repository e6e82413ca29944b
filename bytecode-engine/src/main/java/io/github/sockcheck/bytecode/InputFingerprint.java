package io.github.sockcheck.bytecode;

import io.github.sockcheck.core.engine.ScanContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A fingerprint of everything the bytecode engine reads: each class root (a jar: the name, CRC and
 * size of every class entry from the zip directory, so nothing is inflated; a directory: every
 * class file's relative path and CRC), the dependency jars it analyses, and the names of the source
 * files findings are mapped to. Paths inside the repository are repository-relative and jars
 * elsewhere (a local Maven repository) count by file name, so a cache restored on another machine
 * matches.
 */
final class InputFingerprint {

  /** The one cache entry of the bytecode engine. */
  static final String KEY = "<class roots>";

  private InputFingerprint() {}

  static String of(ScanContext context) {
    MessageDigest digest = sha256();
    List<Path> roots = new ArrayList<>(context.inputs().classRoots());
    if (context.inputs().scanDependencies()) {
      context.inputs().dependencies().stream()
          .filter(d -> d.file() != null)
          .forEach(d -> roots.add(d.file()));
    }
    for (Path root : roots) {
      update(digest, "root " + portable(context, root));
      if (Files.isDirectory(root)) directory(digest, root, ".class", true);
      else jar(digest, root);
    }
    for (Path sourceRoot : context.inputs().sourceRoots()) {
      update(digest, "sources " + portable(context, sourceRoot));
      if (Files.isDirectory(sourceRoot)) directory(digest, sourceRoot, ".java", false);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String portable(ScanContext context, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(context.root().toAbsolutePath().normalize())
        ? context.relativize(abs)
        : String.valueOf(abs.getFileName());
  }

  private static void jar(MessageDigest digest, Path jar) {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      List<String> lines = new ArrayList<>();
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (e.getName().endsWith(".class"))
          lines.add(e.getName() + " " + e.getCrc() + " " + e.getSize());
      }
      lines.sort(null);
      lines.forEach(l -> update(digest, l));
    } catch (IOException | RuntimeException e) {
      // unreadable: the file's size and time stand in (the engine reports the problem itself)
      try {
        update(digest, "unreadable " + Files.size(jar) + " " + Files.getLastModifiedTime(jar));
      } catch (IOException ignored) {
        update(digest, "missing");
      }
    }
  }

  private static void directory(MessageDigest digest, Path dir, String suffix, boolean content) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files =
          walk.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
              .sorted()
              .toList();
    } catch (IOException | UncheckedIOException e) {
      update(digest, "unlistable");
      return;
    }
    for (Path file : files) {
      String line = dir.relativize(file).toString().replace('\\', '/');
      if (content) {
        CRC32 crc = new CRC32();
        try {
          crc.update(Files.readAllBytes(file));
          line += " " + crc.getValue();
        } catch (IOException e) {
          line += " unreadable";
        }
      }
      update(digest, line);
    }
  }

  private static void update(MessageDigest digest, String line) {
    digest.update(line.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) '\n');
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
