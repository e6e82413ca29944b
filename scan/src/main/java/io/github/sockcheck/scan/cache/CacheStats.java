package io.github.sockcheck.scan.cache;

/**
 * What the cache did for one engine in one scan.
 *
 * @param engine the engine id
 * @param reused files whose stored facts were used as they were
 * @param analysed files the engine analysed again (new, changed, invalidated, or no valid cache)
 */
public record CacheStats(String engine, int reused, int analysed) {}
