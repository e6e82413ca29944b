package io.github.sockcheck.scan.cache;

import io.github.sockcheck.core.engine.CachedFile;
import io.github.sockcheck.core.engine.FactCache;
import io.github.sockcheck.core.engine.ScanContext;
import io.github.sockcheck.core.findings.Notification;
import io.github.sockcheck.core.findings.Severity;
import io.github.sockcheck.core.io.AtomicFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The incremental cache of one scan: a directory with one file per engine ({@code source.facts},
 * {@code bytecode.facts}). Each file holds a header (format, sockcheck version, engine, {@link
 * CacheKeys key}), the entries by repository-relative path, and a SHA-256 of all of it. A file
 * whose header does not match this scan is stale and one that does not verify is corrupt: either
 * way it is discarded with a notification and the engine analyses everything, so a bad cache costs
 * time, never findings. Files are written atomically after a complete engine run.
 */
public final class FactCacheStore {

  private static final byte[] MAGIC = "SOCKCHECK-FACTS\n".getBytes(StandardCharsets.US_ASCII);
  private static final int DIGEST_BYTES = 32;
  static final String SOURCE = "cache";

  private final Path dir;
  private final String toolVersion;
  private final List<Notification> notices = new ArrayList<>();
  private final List<CacheStats> stats = new ArrayList<>();

  public FactCacheStore(Path dir, String toolVersion) {
    this.dir = dir.toAbsolutePath().normalize();
    this.toolVersion = toolVersion;
  }

  /** The cache file of {@code engine}. */
  public Path file(String engine) {
    return dir.resolve(engine + ".facts");
  }

  /** The cache {@code engine} uses for the scan described by {@code ctx}. */
  public FactCache forEngine(String engine, ScanContext ctx) {
    return new EngineCache(engine, CacheKeys.of(engine, toolVersion, ctx));
  }

  /** Stale and corrupt caches met, and write failures; in the order they happened. */
  public synchronized List<Notification> notices() {
    return List.copyOf(notices);
  }

  /** Per engine: entries reused and files analysed again. */
  public synchronized List<CacheStats> stats() {
    return List.copyOf(stats);
  }

  private synchronized void notice(Notification n) {
    notices.add(n);
  }

  /** "cache FILE PROBLEM (why); CONSEQUENCE": every cache problem is told this way. */
  private void notice(
      Severity level, Path file, String problem, Exception why, String consequence) {
    notice(
        new Notification(
            level,
            "cache " + file + " " + problem + " (" + why.getMessage() + "); " + consequence,
            null,
            SOURCE));
  }

  private final class EngineCache implements FactCache {
    private final String engine;
    private final String key;
    private Map<String, CachedFile> loaded;

    EngineCache(String engine, String key) {
      this.engine = engine;
      this.key = key;
    }

    @Override
    public boolean enabled() {
      return true;
    }

    @Override
    public synchronized Map<String, CachedFile> load() {
      if (loaded == null) loaded = read();
      return loaded;
    }

    private String everyFile() {
      return "the " + engine + " engine analyses every file";
    }

    private Map<String, CachedFile> read() {
      Path file = file(engine);
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (NoSuchFileException e) {
        return Map.of(); // first scan with this cache directory
      } catch (IOException e) {
        notice(Severity.WARNING, file, "cannot be read", e, everyFile());
        return Map.of();
      }
      try {
        return decode(bytes, file);
      } catch (StaleCache e) {
        notice(Severity.NOTE, file, "is out of date", e, everyFile());
      } catch (IOException | RuntimeException e) {
        notice(Severity.WARNING, file, "is corrupt", e, "ignored, " + everyFile());
      }
      return Map.of();
    }

    private Map<String, CachedFile> decode(byte[] bytes, Path file) throws IOException {
      if (bytes.length < MAGIC.length + DIGEST_BYTES
          || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
        throw new IOException("not a sockcheck cache file");
      }
      int bodyEnd = bytes.length - DIGEST_BYTES;
      MessageDigest digest = CacheKeys.sha256();
      digest.update(bytes, 0, bodyEnd);
      if (!Arrays.equals(digest.digest(), 0, DIGEST_BYTES, bytes, bodyEnd, bytes.length)) {
        throw new IOException("checksum mismatch");
      }
      DataInputStream in =
          new DataInputStream(
              new ByteArrayInputStream(bytes, MAGIC.length, bodyEnd - MAGIC.length));
      int format = in.readInt();
      if (format != FactCodec.FORMAT)
        throw new StaleCache(
            "cache format " + format + ", this sockcheck writes " + FactCodec.FORMAT);
      String version = FactCodec.string(in);
      if (!toolVersion.equals(version))
        throw new StaleCache("written by sockcheck " + version + ", this is " + toolVersion);
      String storedEngine = FactCodec.string(in);
      if (!engine.equals(storedEngine))
        throw new IOException("holds the " + storedEngine + " engine's facts");
      String storedKey = FactCodec.string(in);
      if (!key.equals(storedKey))
        throw new StaleCache(
            "the rules' call patterns, the classpath, the Java release or the JDK changed");
      Map<String, CachedFile> entries = FactCodec.readEntries(in);
      if (in.available() != 0) throw new IOException("trailing bytes");
      return entries;
    }

    @Override
    public void save(Map<String, CachedFile> entries) {
      Map<String, CachedFile> before = load();
      Set<CachedFile> previous = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      previous.addAll(before.values());
      int reused = (int) entries.values().stream().filter(previous::contains).count();
      synchronized (FactCacheStore.this) {
        stats.add(new CacheStats(engine, reused, entries.size() - reused));
      }
      Path file = file(engine);
      try {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(buffer);
        out.write(MAGIC);
        out.writeInt(FactCodec.FORMAT);
        FactCodec.string(out, toolVersion);
        FactCodec.string(out, engine);
        FactCodec.string(out, key);
        FactCodec.writeEntries(out, entries);
        out.flush();
        MessageDigest digest = CacheKeys.sha256();
        digest.update(buffer.toByteArray());
        out.write(digest.digest());
        out.flush();
        AtomicFiles.write(file, buffer.toByteArray());
      } catch (IOException | RuntimeException e) {
        notice(
            Severity.WARNING,
            file,
            "cannot be written",
            e,
            "the next scan analyses every file again");
      }
    }
  }

  /** A well-formed cache written for another version, format, rule set or configuration. */
  private static final class StaleCache extends IOException {
    StaleCache(String message) {
      super(message);
    }
  }
}
