package io.github.sockcheck.bytecode.facts;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Class files from class directories and jars, in classpath order. Jars are opened on first use and
 * kept open until {@link #close()}; an unreadable entry is simply not found (the engine reports bad
 * inputs when it reads them as program classes, not when it looks up a supertype).
 */
public final class ClasspathClassBytes implements ClassBytes, Closeable {

  private final List<Path> entries;
  private final Map<Path, ZipFile> open = new HashMap<>();

  public ClasspathClassBytes(List<Path> entries) {
    this.entries = new ArrayList<>(entries);
  }

  @Override
  public byte[] find(String internalName) {
    String file = internalName + ".class";
    for (Path entry : entries) {
      byte[] bytes = Files.isDirectory(entry) ? fromDirectory(entry, file) : fromJar(entry, file);
      if (bytes != null) return bytes;
    }
    return null;
  }

  private static byte[] fromDirectory(Path dir, String file) {
    Path path = dir.resolve(file);
    try {
      if (!Files.isRegularFile(path) || Files.size(path) > MAX_BYTES) return null;
      return Files.readAllBytes(path);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private byte[] fromJar(Path jar, String file) {
    ZipFile zip = zip(jar);
    if (zip == null) return null;
    try {
      ZipEntry entry = zip.getEntry(file);
      if (entry == null) return null;
      try (InputStream in = zip.getInputStream(entry)) {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        return bytes.length > MAX_BYTES ? null : bytes;
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private synchronized ZipFile zip(Path jar) {
    if (open.containsKey(jar)) return open.get(jar);
    ZipFile zip = null;
    if (Files.isRegularFile(jar)) {
      try {
        zip = new ZipFile(jar.toFile());
      } catch (IOException | RuntimeException e) {
        zip = null; // not a zip: never found here, asked once
      }
    }
    open.put(jar, zip);
    return zip;
  }

  @Override
  public synchronized void close() {
    for (ZipFile zip : open.values()) {
      if (zip == null) continue;
      try {
        zip.close();
      } catch (IOException e) {
        // closing a read-only zip cannot lose anything
      }
    }
    open.clear();
  }
}
