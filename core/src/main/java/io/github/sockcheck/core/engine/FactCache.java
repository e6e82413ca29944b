package io.github.sockcheck.core.engine;

import java.util.Map;

/**
 * Per-file results of one engine kept between scans (the incremental cache). The scan decides
 * whether a stored cache is valid at all (tool version, rule patterns, configuration); the engine
 * decides which entries still hold for the files it sees now (content hash, cross-file
 * dependencies). Keys are repository-relative paths, so a cache restored on another machine or
 * checkout stays valid.
 */
public interface FactCache {

  /** No caching: nothing is loaded, nothing is kept. */
  FactCache NONE =
      new FactCache() {
        @Override
        public boolean enabled() {
          return false;
        }

        @Override
        public Map<String, CachedFile> load() {
          return Map.of();
        }

        @Override
        public void save(Map<String, CachedFile> entries) {}
      };

  /** False when the scan runs without a cache; engines then skip hashing. */
  boolean enabled();

  /**
   * The entries of the previous scan by repository-relative path; empty when there is no valid
   * cache.
   */
  Map<String, CachedFile> load();

  /**
   * Replaces the stored entries with {@code entries} (the files of this scan; reused entries are
   * passed as the same objects {@link #load()} returned). Called once, after a complete engine run.
   */
  void save(Map<String, CachedFile> entries);
}
