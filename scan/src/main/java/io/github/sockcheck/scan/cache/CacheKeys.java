package io.github.sockcheck.scan.cache;

import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.rules.CallPattern;
import io.github.sockcheck.core.rules.Rule;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The key a whole cache file is valid for: what, besides a file's own bytes, decides what an engine
 * extracts from it.
 *
 * <ul>
 *   <li>the rules' call patterns (owner, member, overload, subtypes, roles, the engines a rule runs
 *       in): they choose which calls are extracted. Messages, conditions and severities are not
 *       part of the key: matching runs on all facts on every scan, so editing a condition needs no
 *       re-extraction;
 *   <li>the classpath, as file names plus the name, CRC and size of every class entry (jars, read
 *       from the zip directory without inflating) or every class file's relative path and CRC
 *       (directories): resolution and constant values come from it. Names, not absolute paths, so
 *       the key is the same on another machine;
 *   <li>the target Java release, the engine, sockcheck's version, the cache format and the JDK
 *       running the scan (its class library answers JDK type lookups).
 * </ul>
 */
final class CacheKeys {

  private CacheKeys() {}

  static String of(String engine, String toolVersion, ScanContext ctx) {
    MessageDigest digest = sha256();
    line(digest, "format " + FactCodec.FORMAT);
    line(digest, "tool " + toolVersion);
    line(digest, "engine " + engine);
    line(
        digest,
        "jdk " + System.getProperty("java.version") + " " + System.getProperty("java.vendor"));
    line(digest, "release " + ctx.inputs().javaRelease());
    line(digest, "scanDependencies " + ctx.inputs().scanDependencies());
    for (Rule rule : ctx.rules().rules()) {
      line(
          digest,
          "rule " + rule.id() + " " + rule.kind() + " " + new java.util.TreeSet<>(rule.engines()));
      List<CallPattern> patterns = new ArrayList<>();
      if (rule.call() != null) patterns.addAll(rule.call().calls());
      if (rule.combination() != null) patterns.addAll(rule.combination().allCodeUses());
      for (CallPattern p : patterns) {
        line(
            digest,
            "  "
                + p.language()
                + " "
                + p.owner()
                + " "
                + p.subtypes()
                + " "
                + p.member()
                + " "
                + p.params()
                + " "
                + p.returns()
                + " "
                + new TreeMap<>(p.roles())
                + " "
                + new TreeMap<>(p.implied())
                + " "
                + p.callees());
      }
    }
    for (Path entry : ctx.inputs().classpath()) classpathEntry(digest, entry);
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void classpathEntry(MessageDigest digest, Path entry) {
    line(digest, "classpath " + entry.getFileName());
    if (Files.isDirectory(entry)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(entry)) {
        files =
            walk.filter(p -> p.toString().endsWith(".class") && Files.isRegularFile(p))
                .sorted()
                .toList();
      } catch (IOException | UncheckedIOException e) {
        line(digest, "  unlistable");
        return;
      }
      for (Path f : files) {
        CRC32 crc = new CRC32();
        try {
          crc.update(Files.readAllBytes(f));
          line(
              digest,
              "  " + entry.relativize(f).toString().replace('\\', '/') + " " + crc.getValue());
        } catch (IOException e) {
          line(digest, "  unreadable " + f.getFileName());
        }
      }
      return;
    }
    try (ZipFile zip = new ZipFile(entry.toFile())) {
      Map<String, String> classes = new TreeMap<>();
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (e.getName().endsWith(".class"))
          classes.put(e.getName(), e.getCrc() + " " + e.getSize());
      }
      classes.forEach((name, crc) -> line(digest, "  " + name + " " + crc));
    } catch (IOException | RuntimeException e) {
      line(digest, "  unreadable");
    }
  }

  private static void line(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) '\n');
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
