package io.github.sockcheck.source;

import io.github.sockcheck.core.engine.CachedFile;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which cached files are still valid. A file's facts depend on its own bytes (the content hash) and
 * on the other source files its analysis resolved names against: constants, supertypes, return
 * types. The type solver records every name a file's analysis looked up ({@code dependsOn}); the
 * project's types are found only as {@code package.FileStem} files ({@link SourceIndexTypeSolver}),
 * so a name {@code a.b.C.D} can only come from the files {@code a.b.C.D}, {@code a.b.C}, {@code
 * a.b} or {@code a}. A cached file is re-extracted when a file with one of those keys was added,
 * removed or changed — misses included, so a newly added type is seen too.
 */
final class CacheValidity {

  private final Set<String> changedKeys = new HashSet<>();

  CacheValidity(Map<String, CachedFile> previous, List<SourceReader.Read> current) {
    Set<String> seen = new HashSet<>();
    for (SourceReader.Read r : current) {
      seen.add(r.path());
      if (r.cached() != null) continue;
      if (r.typeKey() != null) changedKeys.add(r.typeKey());
      CachedFile before = previous.get(r.path());
      if (before != null && !before.provides().isEmpty()) changedKeys.add(before.provides());
    }
    for (Map.Entry<String, CachedFile> e : previous.entrySet()) {
      if (!seen.contains(e.getKey()) && !e.getValue().provides().isEmpty())
        changedKeys.add(e.getValue().provides());
    }
  }

  /** Keys of files that were added, removed or changed since the cache was written. */
  Set<String> changedKeys() {
    return changedKeys;
  }

  boolean stillValid(CachedFile entry) {
    if (changedKeys.isEmpty()) return true;
    for (String name : entry.dependsOn()) {
      String prefix = name;
      while (true) {
        if (changedKeys.contains(prefix)) return false;
        int dot = prefix.lastIndexOf('.');
        if (dot < 0) break;
        prefix = prefix.substring(0, dot);
      }
    }
    return true;
  }
}
